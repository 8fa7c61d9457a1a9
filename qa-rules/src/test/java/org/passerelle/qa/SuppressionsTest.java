package org.passerelle.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.core.InputException;
import org.passerelle.xliff.TranslationUnit;

class SuppressionsTest {
    @TempDir
    Path dir;

    @Test
    void fileSuppressesByUnitAndCheck() throws Exception {
        Path file = Files.writeString(dir.resolve("qa-suppressions.txt"), """
                # unit   check      reason
                u3       spelling   Kartapolov is a name
                gold-vi.xlf:u7  *   quotation kept verbatim
                """);
        Suppressions s = Suppressions.load(file);
        TranslationUnit u3 = Units.unit("u3", "en-GB", "a", "b");
        assertEquals("Kartapolov is a name", s.reason(u3, "spelling"));
        assertNull(s.reason(u3, "grammar"));
        TranslationUnit u7 = Units.unit("u7", "vi-VN", "a", "b");
        assertNull(s.reason(u7, "spelling"), "limited to gold-vi.xlf");
        assertEquals("quotation kept verbatim", s.reason(Units.inFile(u7, "out/xliff/gold-vi.xlf"), "number.mismatch"));
    }

    @Test
    void xliffNoteSuppresses() {
        TranslationUnit u = Units.withNotes(Units.unit("en-GB", "a", "b"),
                "Termbase: Mer Orientale = East Sea",
                "passerelle-suppress: spelling — Kartapolov is a name\npasserelle-suppress: target.same-as-source - a name only");
        Suppressions none = Suppressions.none();
        assertEquals("Kartapolov is a name", none.reason(u, "spelling"));
        assertEquals("a name only", none.reason(u, "target.same-as-source"));
        assertNull(none.reason(u, "grammar"));
        TranslationUnit colon = Units.withNotes(Units.unit("en-GB", "a", "b"), "passerelle-suppress: number.mismatch: dates rewritten");
        assertEquals("dates rewritten", none.reason(colon, "number.mismatch"));
    }

    @Test
    void lineWithoutReasonIsRejected() throws Exception {
        Path file = Files.writeString(dir.resolve("s.txt"), "\nu3 spelling\n");
        assertEquals(2, assertThrows(InputException.class, () -> Suppressions.load(file)).line());
    }
}
