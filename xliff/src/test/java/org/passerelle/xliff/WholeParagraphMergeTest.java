package org.passerelle.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.core.BlockRole;

/**
 * A tool that wrote one plain target for a paragraph we had split into sentences (Translate
 * Toolkit's pomerge) hands the reader one segment for the whole paragraph; the merge keeps that
 * translation, as one segment, and never gives it to a single sentence. The real pomerge output
 * runs in the cli's round-trip tests.
 */
class WholeParagraphMergeTest {

    private static final String S1 = "Le ministre a reçu la délégation.";
    private static final String S2 = "Les deux parties ont signé un accord de coopération pour les cinq prochaines années.";
    private static final String ENGLISH = "The minister received the delegation. The two sides signed a cooperation agreement.";

    @Test
    void anUnchangedParagraphKeepsItsWholeTranslation() {
        TranslationMerge.Outcome o = TranslationMerge.merge(List.of(draft(S1, S2)), List.of(previous(S1 + " " + S2)));

        TranslationUnit u = o.units().get(0);
        assertEquals(List.of(S1 + " " + S2), u.segments().stream().map(SegmentPair::source).toList());
        assertEquals(ENGLISH, u.targetText());
        assertEquals(TranslationState.TRANSLATED, u.state());
        assertEquals(1, o.kept());
        assertEquals(0, o.removed());
    }

    @Test
    void anEditedParagraphKeepsItsWholeTranslationForReview() {
        String edited = "Les deux parties ont signé un nouvel accord de coopération pour les cinq prochaines années.";
        TranslationMerge.Outcome o = TranslationMerge.merge(List.of(draft(S1, edited)), List.of(previous(S1 + " " + S2)));

        TranslationUnit u = o.units().get(0);
        assertEquals(1, u.segments().size());
        assertEquals(ENGLISH, u.targetText());
        assertEquals(TranslationState.NEEDS_REVIEW, u.state());
        assertTrue(u.notes().stream().anyMatch(n -> n.contains(S2)), u.notes().toString());
        assertEquals(1, o.toReview());
    }

    @Test
    void aParagraphThatGrewASentenceKeepsTheOldSentenceWhereItBelongs() {
        TranslationMerge.Outcome o = TranslationMerge.merge(List.of(draft(S1, S2)), List.of(previous(S1)));

        TranslationUnit u = o.units().get(0);
        assertEquals(2, u.segments().size());
        assertEquals(ENGLISH, u.segments().get(0).target());
        assertEquals(null, u.segments().get(1).target());
    }

    private static TranslationUnit draft(String... sentences) {
        TranslationUnit.Builder b = TranslationUnit.builder().id("body-1").resname("body-1").role(BlockRole.BODY)
                .languages("fr-FR", "en-GB");
        for (int i = 0; i < sentences.length; i++) {
            b.segment(String.valueOf(i + 1), sentences[i], null);
        }
        return b.build();
    }

    private static TranslationUnit previous(String wholeSource) {
        return TranslationUnit.builder().id("body-1").resname("body-1").role(BlockRole.BODY).languages("fr-FR", "en-GB")
                .segment("1", wholeSource, ENGLISH)
                .state(new TranslationState.Reading(TranslationState.TRANSLATED, "translated", true)).build();
    }
}
