package org.passerelle.glossary.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.passerelle.core.InputException;
import org.passerelle.glossary.OfficialTbxSchemasAccess;
import org.passerelle.glossary.TbxReader;
import org.passerelle.glossary.Termbase;
import org.passerelle.glossary.validate.Problem;
import org.passerelle.glossary.validate.TbxValidator;

/**
 * {@code glossary import} of the TBX v2 exports other tools really write: the TBX v3 it creates
 * passes our validate and the official TBX-Basic RELAX NG and Schematron, and keeps every term.
 */
class V2ImportTest {
    private static final Path INTEROP = Path.of("src", "test", "resources", "tbx", "interop");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"okapi-ibm_tbx.tbx", "okapi-maryland.tbx", "okapi-medtronic_TBX.tbx",
        "okapi-test02_win1254.tbx", "../multiterm-export-v2.tbx"})
    void aRealV2ExportBecomesValidTbxBasic(String name) throws Exception {
        Path v2 = INTEROP.resolve(name);
        Termbase source = new TbxReader().read(v2);
        Path v3 = dir.resolve("converted.tbx");
        new TermbaseEditor(v3).importFrom(source);

        List<Problem> errors = new TbxValidator().validate(v3).stream()
                .filter(p -> p.severity() == Problem.Severity.ERROR).toList();
        assertEquals(List.of(), errors.stream().map(Problem::oneLine).toList(), "our validate");
        assertEquals(List.of(), OfficialTbxSchemasAccess.errors(v3, "dca"), "the official TBX-Basic RNG and Schematron:\n"
                + Files.readString(v3));
        Termbase converted = new TbxReader().read(v3);
        assertEquals(source.size(), converted.size());
        source.concepts().forEach(c -> assertEquals(c.terms().size(),
                converted.concepts().get(source.concepts().indexOf(c)).terms().size(), "terms of " + c.id()));
    }

    @Test
    void placeholderLanguagesAreRefusedWithTheReason() throws Exception {
        Termbase tt = new TbxReader().read(INTEROP.resolve("tt-csv2tbx.tbx"));
        Path v3 = dir.resolve("tt.tbx");
        InputException e = org.junit.jupiter.api.Assertions.assertThrows(InputException.class,
                () -> new TermbaseEditor(v3).importFrom(tt));
        assertTrue(e.getMessage().contains("'xx' is not a language tag"), "the ids with spaces are repaired;"
                + " the placeholder language cannot be: " + e.getMessage());
        assertTrue(Files.notExists(v3));
    }

    @Test
    void whatPasserelleWritesPassesTheOfficialSchemas() throws Exception {
        Path sample = Path.of("..", "samples", "termbase.tbx");
        assertEquals(List.of(), OfficialTbxSchemasAccess.errors(sample, "dca"), "the sample termbase");
        Path written = dir.resolve("written.tbx");
        new org.passerelle.glossary.TbxWriter().write(new TbxReader().read(sample), written);
        assertEquals(List.of(), OfficialTbxSchemasAccess.errors(written, "dca"));
    }
}
