package org.passerelle.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    @Test
    void anUnknownCheckIdIsRefusedLikeAnUnknownProfileKey() throws Exception {
        Path file = Files.writeString(dir.resolve("typo.txt"), "# reviewed\nu3   speling   Kartapolov is a name\n");
        InputException e = assertThrows(InputException.class, () -> Suppressions.load(file));
        assertEquals(2, e.line());
        assertEquals(6, e.column(), "the column of the check id");
        assertEquals("unknown check 'speling'; did you mean 'spelling'? (a check id, or * for every check)", e.getMessage());
        assertEquals(1, Suppressions.load(Files.writeString(dir.resolve("ok.txt"), "u3 * all of them\n"),
                List.of("number.mismatch")).size(), "* is always known");
    }

    @Test
    void aLineWhoseUnitIsInNoCheckedFileIsReportedAfterTheRun() throws Exception {
        Path file = Files.writeString(dir.resolve("s.txt"), """
                u3              spelling          Kartapolov is a name
                u33             spelling          a typo in the unit id
                gold-vi.xlf:u7  number.mismatch   limited to a file this run did not check
                gold-en.xlf:u9  number.mismatch   a unit gone from its file
                """);
        Suppressions s = Suppressions.load(file);
        List<String> stale = s.unmatched(Map.of("out/gold-en.xlf", Set.of("u3", "u4")));
        assertEquals(List.of(file + ":2: no unit 'u33' in the files checked; the suppression does nothing",
                file + ":4: no unit 'u9' in gold-en.xlf; the suppression does nothing"), stale);
    }
}
