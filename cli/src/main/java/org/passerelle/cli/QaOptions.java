package org.passerelle.cli;

import java.nio.file.Path;
import org.passerelle.core.InputException;
import org.passerelle.qa.Profile;
import org.passerelle.qa.QaEngine;
import org.passerelle.qa.Suppressions;
import picocli.CommandLine.Option;

/** The options every command that runs the QA gate shares (qa, publish), and the engine they make. */
final class QaOptions {
    @Option(names = "--termbase", paramLabel = "TBX", description = "Termbase for the term.* checks.")
    Path termbase;

    @Option(names = "--profile", paramLabel = "FILE",
            description = "QA profile: checks on/off, severities, parameters (default: the built-in profile).")
    Path profile;

    @Option(names = "--suppressions", paramLabel = "FILE",
            description = "Reviewed false alarms, per unit and check, with a reason.")
    Path suppressions;

    @Option(names = "--cache", paramLabel = "FILE",
            description = "Keep LanguageTool results and each file's findings here between runs, so unchanged files "
                    + "and text cost nothing, and publish reuses what qa found (default: "
                    + "${XDG_CACHE_HOME:-~/.cache}/passerelle/qa-cache.json, or $PASSERELLE_CACHE_DIR/qa-cache.json).")
    Path cache;

    @Option(names = "--no-cache", description = "Keep nothing between runs: check every file and text again.")
    boolean noCache;

    @Option(names = "--target-lang", paramLabel = "TAG",
            description = "Target language of files that do not declare one (an XLIFF 1.2 <file> without "
                    + "target-language); files that declare theirs keep it.")
    String targetLang;

    QaEngine engine() throws InputException {
        return engine(null);
    }

    /**
     * @param progress the bar to move, or null
     */
    QaEngine engine(Progress progress) throws InputException {
        QaEngine.Builder b = QaEngine.builder().targetLanguage(targetLang);
        if (progress != null) {
            b.progress(progress::to);
        }
        if (!noCache) {
            b.cacheFile(cache != null ? cache : UserCache.file());
        }
        if (termbase != null) {
            b.termbase(termbase);
        }
        if (profile != null) {
            b.profile(Profile.load(profile));
        }
        if (suppressions != null) {
            b.suppressions(Suppressions.load(suppressions));
        }
        return b.build();
    }
}
