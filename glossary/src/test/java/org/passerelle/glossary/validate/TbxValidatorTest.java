package org.passerelle.glossary.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.core.InputException;

class TbxValidatorTest {
    static final Path TBX = Path.of("src", "test", "resources", "tbx");

    /** "line severity rule concept" per problem, in file order. */
    static List<String> brief(List<Problem> problems) {
        return problems.stream().map(p -> p.line() + " " + p.severity() + " " + p.rule() + " " + p.conceptId()).toList();
    }

    @Test
    void theSampleTermbaseIsClean() throws Exception {
        assertEquals(List.of(), brief(new TbxValidator().validate(Path.of("..", "samples", "termbase.tbx"))));
    }

    @Test
    void aBrokenTermbaseGetsOneMessagePerMistakeWithLineColumnAndConcept() throws Exception {
        List<Problem> problems = new TbxValidator().validate(TBX.resolve("broken-basic-dca.tbx"));
        assertEquals(List.of(
                "12 ERROR tbx.picklist sea",
                "17 WARNING term.whitespace sea",
                "23 WARNING term.normalization sea",
                "28 WARNING term.missing-language sea2",
                "28 ERROR term.ambiguous-source sea2",
                "30 ERROR tbx.level sea2",
                "33 WARNING term.duplicate sea2",
                "44 ERROR tbx.id sea",
                "44 WARNING term.no-preferred sea",
                "44 WARNING term.missing-language sea",
                "47 ERROR term.conflicting-status sea",
                "54 ERROR tbx.dct-in-dca sea",
                "55 ERROR tbx.datacategory sea",
                "59 WARNING term.no-preferred csp",
                "59 WARNING term.missing-language csp",
                "60 ERROR tbx.target csp",
                "73 ERROR tbx.language csp",
                "78 ERROR tbx.structure csp"), brief(problems));
        assertTrue(TbxValidator.hasErrors(problems));
        Problem ambiguous = problems.get(4);
        assertTrue(ambiguous.oneLine().startsWith(TBX.resolve("broken-basic-dca.tbx") + ":28:"), ambiguous.oneLine());
        assertTrue(ambiguous.message().contains("'South China Sea' here, 'East Sea' there"), ambiguous.message());
        assertTrue(problems.get(10).message().contains("deprecated here but preferred in concept sea"), problems.get(10).message());
    }

    @Test
    void ltacStyleFileHasOnlyAMissingLanguageWarning() throws Exception {
        List<Problem> problems = new TbxValidator().validate(TBX.resolve("ltac-style-basic-dca.tbx"));
        assertEquals(List.of("70 WARNING term.missing-language n2"), brief(problems));
        assertFalse(TbxValidator.hasErrors(problems));
    }

    @Test
    void multiTermV2ExportIsValidOnceConverted() throws Exception {
        List<Problem> problems = new TbxValidator().validate(TBX.resolve("multiterm-export-v2.tbx"));
        assertEquals(List.of(
                "3 WARNING tbx.dialect null",
                "48 WARNING term.no-preferred _102",
                "48 WARNING term.missing-language _102"), brief(problems));
    }

    @Test
    void dctStyleFileIsClean() throws Exception {
        assertEquals(List.of(), brief(new TbxValidator().validate(TBX.resolve("basic-dct.tbx"))));
    }

    @Test
    void aDcaElementInADctFileIsAnErrorAtItsLine(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = dir.resolve("mixed.tbx");
        String dct = java.nio.file.Files.readString(TBX.resolve("dct-three-entries.tbx"));
        java.nio.file.Files.writeString(file, dct.replace("<note>Convention de 1982.</note>",
                "<note>Convention de 1982.</note>\n        <descrip type=\"definition\">Convention des Nations unies sur le droit de la mer.</descrip>"));
        assertEquals(List.of("55 ERROR tbx.dca-in-dct d3"), brief(new TbxValidator().validate(file)).stream()
                .filter(p -> !p.contains("term.missing-language")).toList());
    }

    @Test
    void csvGetsTheMaintenanceRules() throws Exception {
        List<Problem> problems = new TbxValidator().validate(Path.of("src", "test", "resources", "csv", "excel-fr-semicolons.csv"));
        assertEquals(List.of(), brief(problems));
    }

    @Test
    void malformedXmlIsAnInputErrorNotAProblemList() {
        InputException e = assertThrows(InputException.class, () -> new TbxValidator().validate(TBX.resolve("unclosed-term.tbx")));
        assertEquals(9, e.line());
    }
}
