package org.passerelle.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.passerelle.core.InputException;
import org.passerelle.glossary.TbxReader;
import org.passerelle.glossary.Termbase;
import org.passerelle.qa.Finding;
import org.passerelle.qa.Profile;
import org.passerelle.qa.QaEngine;
import org.passerelle.qa.Severity;
import org.passerelle.qa.Suppressions;

/** Builds the QA engine from the command line's options, for qa, publish and run alike. */
final class QaGate {
    private QaGate() {
    }

    static QaEngine engine(QaOptions o) throws InputException {
        return engine(o, null, null);
    }

    /** @param reportDir where the reports go; the LanguageTool cache defaults to it */
    static QaEngine engine(QaOptions o, Path reportDir, Progress progress) throws InputException {
        QaEngine.Builder b = QaEngine.builder();
        if (progress != null) {
            b.progress(progress::to);
        }
        Path cache = o.cache != null ? o.cache : reportDir == null ? null : reportDir.resolve(".qa-cache.json");
        if (cache != null) {
            b.cacheFile(cache);
        }
        if (o.termbase != null) {
            b.termbase(new TbxReader().read(o.termbase));
        }
        if (o.profile != null) {
            b.profile(Profile.load(o.profile));
        }
        if (o.suppressions != null) {
            b.suppressions(Suppressions.load(o.suppressions));
        }
        return b.build();
    }

    static QaEngine engine(Termbase termbase) {
        return QaEngine.builder().termbase(termbase).build();
    }

    /** Runs the engine on each file and returns the unsuppressed errors, by file as given. */
    static Map<String, List<Finding>> errorsByFile(QaEngine engine, List<Path> files) throws InputException {
        FindingCollector collector = new FindingCollector();
        engine.run(files, List.of(collector));
        return errorsOnly(collector.findings());
    }

    static Map<String, List<Finding>> errorsOnly(List<Finding> findings) {
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        for (Finding f : findings) {
            if (!f.isSuppressed() && f.severity() == Severity.ERROR) {
                byFile.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f);
            }
        }
        return byFile;
    }
}
