package org.passerelle.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.sf.okapi.lib.xliff2.core.TargetState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.passerelle.xliff.TranslationState;
import org.passerelle.xliff.TranslationUnit;

/**
 * {@code qa --fail-on error} with the default profile fails exactly on the units {@code publish}
 * refuses, whatever state vocabulary the file uses.
 */
class QaPredictsPublishTest {

    static Stream<TranslationState.Reading> everyState() {
        List<TranslationState.Reading> all = new ArrayList<>();
        for (String s : List.of("new", "needs-translation", "needs-l10n", "needs-adaptation", "translated",
                "needs-review-translation", "needs-review-l10n", "needs-review-adaptation", "final", "signed-off",
                "x-checked-by-desk")) {
            all.add(TranslationState.fromXliff12(s, false, true));
            all.add(TranslationState.fromXliff12(s, true, true));
        }
        all.add(TranslationState.fromXliff12(null, false, true));
        for (TargetState s : TargetState.values()) {
            for (String sub : new String[] {null, "passerelle:needs-review", "passerelle:source-copied"}) {
                all.add(TranslationState.fromXliff2(s, sub, true));
            }
        }
        for (String conf : List.of("Draft", "Translated", "RejectedTranslation", "ApprovedTranslation",
                "RejectedSignOff", "ApprovedSignOff", "Unspecified")) {
            all.add(TranslationState.fromSdlConf(conf));
        }
        for (String status : List.of("NotStarted", "Editing", "PartiallyEdited", "Pretranslated", "MachineTranslated",
                "AssembledFromFragments", "Rejected", "ManuallyConfirmed", "Reviewer1Confirmed", "Reviewer2Confirmed",
                "Proofread", "SomethingNew")) {
            all.add(TranslationState.fromMemoqStatus(status));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyState")
    void qaFailsExactlyWherePublishRefuses(TranslationState.Reading state) throws Exception {
        QaEngine engine = QaEngine.builder().profile(QaEngineTest.withoutLanguageTool()).build();
        TranslationUnit complete = Units.withState(Units.segments("u1", "en-GB",
                "La délégation est arrivée.", "The delegation arrived.", "Le ministre parle.", "The minister speaks."), state);
        TranslationUnit partial = Units.withState(Units.segments("u2", "en-GB",
                "La délégation est arrivée.", "The delegation arrived.", "Le ministre parle.", null), state);
        for (TranslationUnit u : List.of(complete, partial)) {
            QaSummary summary = engine.check(List.of(u), List.of());
            assertEquals(!u.isTranslated(), summary.failsAt(Severity.ERROR), u.id() + " in " + state);
        }
    }
}
