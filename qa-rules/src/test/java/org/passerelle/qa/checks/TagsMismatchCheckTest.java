package org.passerelle.qa.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.passerelle.qa.Units.context;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.qa.CheckMatch;
import org.passerelle.xliff.InlineCode;
import org.passerelle.xliff.InlineCode.Kind;
import org.passerelle.xliff.SegmentPair;
import org.passerelle.xliff.TranslationState;
import org.passerelle.xliff.TranslationUnit;

class TagsMismatchCheckTest {
    private final TagsMismatchCheck check = new TagsMismatchCheck();

    private static List<CheckMatch> run(List<InlineCode> source, List<InlineCode> target) {
        TranslationUnit u = TranslationUnit.builder().file("t.xlf").id("u1").languages("fr-FR", "en-GB")
                .state(TranslationState.TRANSLATED)
                .segments(List.of(new SegmentPair("1", "la Mer Orientale et le lien", "the East Sea and the link", source, target)))
                .build();
        return new TagsMismatchCheck().check(u, context());
    }

    @Test
    void sameCodesInAnotherPlacePass() {
        assertEquals(List.of(), run(
                List.of(new InlineCode("1", Kind.OPENING, 3), new InlineCode("1", Kind.CLOSING, 16), new InlineCode("2", Kind.PLACEHOLDER, 27)),
                List.of(new InlineCode("2", Kind.PLACEHOLDER, 0), new InlineCode("1", Kind.OPENING, 4), new InlineCode("1", Kind.CLOSING, 12))));
        assertEquals("tags.mismatch", check.id());
    }

    @Test
    void missingCodeIsReported() {
        List<CheckMatch> m = run(List.of(new InlineCode("1", Kind.OPENING, 3), new InlineCode("1", Kind.CLOSING, 16)),
                List.of(new InlineCode("1", Kind.OPENING, 4)));
        assertEquals(1, m.size());
        assertTrue(m.get(0).message().contains("closing inline code 1"), m.get(0).message());
    }

    @Test
    void addedCodeIsReportedWhereItStands() {
        List<CheckMatch> m = run(List.of(), List.of(new InlineCode("5", Kind.PLACEHOLDER, 8)));
        assertEquals(1, m.size());
        assertEquals(8, m.get(0).offset());
        assertTrue(m.get(0).message().contains("not in the source"));
    }

    @Test
    void closedBeforeOpenedIsReported() {
        List<CheckMatch> m = run(List.of(new InlineCode("1", Kind.OPENING, 3), new InlineCode("1", Kind.CLOSING, 16)),
                List.of(new InlineCode("1", Kind.CLOSING, 4), new InlineCode("1", Kind.OPENING, 12)));
        assertEquals(1, m.size());
        assertTrue(m.get(0).message().contains("closed before it is opened"));
    }
}
