package org.passerelle.qa.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.passerelle.qa.Units.context;
import static org.passerelle.qa.Units.unit;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.qa.CheckMatch;

class WhitespaceCheckTest {
    private final WhitespaceCheck check = new WhitespaceCheck();

    private List<CheckMatch> run(String source, String target) {
        return check.check(unit("en-GB", source, target), context());
    }

    @Test
    void cleanTargetPasses() {
        assertEquals(List.of(), run("Les dirigeants des deux pays.", "The leaders of the two countries."));
        assertEquals(List.of(), run(" Note : ", " Note: "));
    }

    @Test
    void doubledSpaceIsReportedWhereItIs() {
        List<CheckMatch> m = run("Les dirigeants des deux pays.", "The leaders of  the two countries.");
        assertEquals(1, m.size());
        assertEquals(14, m.get(0).offset());
        assertEquals(2, m.get(0).length());
    }

    @Test
    void leadingAndTrailingDifferencesAreReported() {
        assertEquals(2, run("Les dirigeants.", " The leaders. ").size());
        assertEquals(1, run("Les dirigeants. ", "The leaders.").size());
    }

    @Test
    void indentationOfAPrettyPrintedFileIsLayoutNotATypedSpace() {
        // okapi2-x2-withReorderedCodes.xlf: the codes are reordered, so the indentation around them differs
        assertEquals(List.of(), run("\n\t \n\t  text\n\t  \n\t \n\t \n    ", "\n\t \n\t \n\t  texte\n\t  \n\t \n\t"));
        // but a space typed at the edge of a segment still is one
        assertEquals(1, run("\n\t Les dirigeants.\n", "\n\t The leaders. ").size());
        assertEquals(1, run("Les dirigeants.", "\n\tThe leaders.").size());
    }

    @Test
    void doubledSpaceTheSourceHasTooIsNotTheTranslators() {
        assertEquals(List.of(), run("Copyright  2004-2006 Maxprograms", "Copyright  2004-2006 Maxprograms"));
        List<CheckMatch> m = run("Sommaire  3", "Table  of  contents 3");
        assertEquals(1, m.size(), "one doubled space more than the source has");
        assertEquals(9, m.get(0).offset());
    }
}
