package org.passerelle.qa.interop;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.passerelle.core.InputException;
import org.passerelle.qa.FileCheck;
import org.passerelle.qa.Finding;
import org.passerelle.qa.Profile;
import org.passerelle.qa.QaEngine;
import org.passerelle.qa.QaSummary;
import org.passerelle.qa.ReportListener;
import org.passerelle.xliff.SegmentPair;
import org.passerelle.xliff.TranslationUnit;

/**
 * One {@code qa} run of a corpus file as the command runs it (default profile, no termbase), keeping
 * every unit read and its findings, or the exception that stopped it.
 */
final class CorpusRun implements ReportListener {
    /** A unit as read, with its findings. */
    record ReadUnit(TranslationUnit unit, List<Finding> findings) {
    }

    final List<ReadUnit> units = new ArrayList<>();
    /** Findings about the whole file (xliff.unreadable, xliff.target-language), which precede its units. */
    final List<Finding> fileFindings = new ArrayList<>();
    Exception failure;

    private CorpusRun() {
    }

    /**
     * The default profile without LanguageTool (spelling, grammar): it takes minutes on the
     * corpus's thousands of units and is covered by InteropLanguageToolTest.
     */
    static Profile withoutLanguageTool() throws InputException {
        return Profile.defaults().with("spelling.enabled", "false").with("grammar.enabled", "false");
    }

    static CorpusRun of(Path file, Profile profile) {
        CorpusRun run = new CorpusRun();
        try {
            QaEngine.builder().profile(profile).threads(2).build().run(List.of(file), List.of(run));
        } catch (Exception e) {
            // InputException and anything else: the caller tells which is allowed.
            run.failure = e;
        }
        return run;
    }

    int targetSegments() {
        return (int) units.stream().flatMap(u -> u.unit().segments().stream()).filter(CorpusRun::translated).count();
    }

    /** A target with content, as FileCounts counts them: text other than white space. */
    static boolean translated(SegmentPair s) {
        return s.target() != null && !s.target().isBlank();
    }

    List<Finding> findings() {
        List<Finding> all = new ArrayList<>(fileFindings);
        units.forEach(u -> all.addAll(u.findings()));
        return all;
    }

    @Override
    public void unit(TranslationUnit unit) {
        units.add(new ReadUnit(unit, new ArrayList<>()));
    }

    @Override
    public void finding(Finding finding) {
        if (FileCheck.WHOLE_FILE.equals(finding.unit())) {
            fileFindings.add(finding);
        } else {
            units.get(units.size() - 1).findings().add(finding);
        }
    }

    /** The engine reports a file it cannot read and goes on; for this test that is the file's refusal. */
    @Override
    public void unreadable(InputException problem) {
        failure = problem;
    }

    @Override
    public void finished(QaSummary summary) {
    }
}
