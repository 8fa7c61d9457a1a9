package org.passerelle.glossary.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code validate} judges a TBX v2 file by TBX v2's rules, not TBX-Basic v3's. */
class TbxV2ValidationTest {
    private static final Path INTEROP = Path.of("src", "test", "resources", "tbx", "interop");

    private static List<String> errors(Path file) throws Exception {
        return new TbxValidator().validate(file).stream().filter(p -> p.severity() == Problem.Severity.ERROR)
                .map(Problem::oneLine).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"okapi-ibm_tbx.tbx", "okapi-maryland.tbx", "okapi-medtronic_TBX.tbx", "okapi-test02_win1254.tbx"})
    void realV2ExportsInTbx2008sDefaultDialectHaveNoErrors(String name) throws Exception {
        assertEquals(List.of(), errors(INTEROP.resolve(name)), "productSubset, transferComment, termType synonym are TBX 2008");
        assertTrue(new TbxValidator().validate(INTEROP.resolve(name)).stream()
                .anyMatch(p -> p.rule().equals("tbx.dialect") && p.message().contains("checked by TBX v2's rules")));
    }

    @Test
    void v2AllowsEntriesWithoutIdsButNotIdsThatAreNotXmlIds(@TempDir Path dir) throws Exception {
        Path weblateLike = Files.writeString(dir.resolve("cs.tbx"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<martif type=\"TBX\" xml:lang=\"en\"><text><body>\n"
                + "<termEntry><langSet xml:lang=\"en\"><tig><term>manage</term></tig></langSet>"
                + "<langSet xml:lang=\"cs\"><tig><term>spravovat</term></tig></langSet></termEntry>\n"
                + "</body></text></martif>\n");
        assertEquals(List.of(), errors(weblateLike), "TBX 2008 declares termEntry/@id IMPLIED");
        List<String> tt = errors(INTEROP.resolve("tt-csv2tbx.tbx"));
        assertTrue(tt.stream().anyMatch(e -> e.contains("id 'Mer Orientale' is not a valid XML id")), tt.toString());
        assertTrue(tt.stream().anyMatch(e -> e.contains("'xx' is not a language tag")), tt.toString());
    }

    @Test
    void aV2StatusOutsideTbx2008sPicklistIsAnError(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.tbx"), "<martif type=\"TBX\" xml:lang=\"en\"><text><body>\n"
                + "<termEntry id=\"e1\"><langSet xml:lang=\"en\"><tig><term>manage</term>"
                + "<termNote type=\"administrativeStatus\">preferred</termNote></tig></langSet></termEntry>\n"
                + "</body></text></martif>\n");
        List<String> errors = errors(bad);
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).contains(":2:") && errors.get(0).contains("administrativeStatus 'preferred' is not a TBX v2 status"), errors.toString());
    }
}
