package org.passerelle.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.glossary.Termbase;

/**
 * Re-preparing a file keeps the XLIFF version it has, whatever version is asked for: the
 * translator's tool and project are set up for that file. The result says so.
 */
class RePrepareKeepsXliffVersionTest {

    private static final Termbase NO_TERMS = new Termbase("fr", List.of());
    private static final String TITLE = "Renforcer la coopération de défense Vietnam - Russie";

    @TempDir
    Path out;

    @ParameterizedTest
    @EnumSource(XliffVersion.class)
    void anExistingFileKeepsItsVersionAndTheResultSaysSo(XliffVersion existing) throws Exception {
        XliffVersion asked = existing == XliffVersion.V1_2 ? XliffVersion.V2 : XliffVersion.V1_2;
        PrepareResult first = new XliffPreparer(NO_TERMS, existing).prepare(XliffPreparerTest.article("art", TITLE), "en", out);
        assertFalse(first.keptFileVersion());

        PrepareResult again = new XliffPreparer(NO_TERMS, asked).prepare(XliffPreparerTest.article("art", TITLE), "en", out);

        assertEquals(existing, new XliffReader().header(again.file()).version());
        XliffPreparerTest.assertSchemaValid(again.file(), existing);
        assertTrue(again.keptFileVersion());
        assertEquals(existing, again.version());
        assertEquals(asked, again.asked());
    }
}
