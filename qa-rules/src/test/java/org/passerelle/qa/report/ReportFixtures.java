package org.passerelle.qa.report;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.passerelle.qa.Finding;
import org.passerelle.qa.QaSummary;
import org.passerelle.qa.ReportListener;
import org.passerelle.qa.Severity;
import org.passerelle.qa.Side;
import org.passerelle.qa.checks.NumberMismatchCheck;
import org.passerelle.qa.checks.PunctuationCheck;
import org.passerelle.qa.checks.TargetEmptyCheck;
import org.passerelle.qa.checks.TermForbiddenCheck;
import org.passerelle.xliff.SegmentPair;
import org.passerelle.xliff.TranslationState;
import org.passerelle.xliff.TranslationUnit;

/** Feeds a report the way the engine does: started, then each unit followed by its findings, then finished. */
final class ReportFixtures {
    static final String SOURCE = "Les deux parties ont évoqué la situation en Mer Orientale <b>& ailleurs</b>.";
    static final String TARGET = "The two sides discussed the situation in the South China Sea <b>& elsewhere</b>.";
    static final TranslationUnit U8 = TranslationUnit.builder().file("out/xliff/article 000.en-GB.xlf").id("u8")
            .languages("fr-FR", "en-GB").state(TranslationState.TRANSLATED).segment("1", SOURCE, TARGET).build();
    static final TranslationUnit U9 = TranslationUnit.builder().file("out/xliff/article-001.vi.xlf").id("u9")
            .languages("fr-FR", "vi-VN").state(TranslationState.TRANSLATED).segment("1", "Le 15 août.", "Ngày 14/8.").build();

    static final Finding FORBIDDEN = new Finding(U8.file(), "u8", "1", Side.TARGET, "en-GB", "term.forbidden", Severity.ERROR,
            "'South China Sea' is a forbidden term; use 'East Sea' (Mer Orientale)", 45, 15, List.of("East Sea"), null);
    static final Finding SOURCE_SPACING = new Finding(U8.file(), "u8", "1", Side.SOURCE, "fr-FR", "punctuation", Severity.INFO,
            "French puts a (non-breaking) space before ';'", 10, 0, List.of(), null);
    static final Finding SUPPRESSED = new Finding(U9.file(), "u9", "1", Side.TARGET, "vi-VN", "number.mismatch", Severity.ERROR,
            "'14' does not match '15' in the source; write '15'", 5, 2, List.of("15"), "the forum moved to 14 August");

    private ReportFixtures() {
    }

    /** Feeds a report that writes {@code dir/name} and returns that file. */
    static Path written(Path dir, String name, Function<Path, ReportListener> report) throws Exception {
        Path file = dir.resolve(name);
        feed(report.apply(file));
        return file;
    }

    static void feed(ReportListener report) throws Exception {
        report.started(List.of(TargetEmptyCheck.DEFINITION, TermForbiddenCheck.DEFINITION, NumberMismatchCheck.DEFINITION,
                PunctuationCheck.DEFINITION));
        report.unit(U8);
        report.finding(SOURCE_SPACING);
        report.finding(FORBIDDEN);
        report.unit(U9);
        report.finding(SUPPRESSED);
        report.finished(new QaSummary(2, 2, 1, 0, 1, 1));
    }
}
