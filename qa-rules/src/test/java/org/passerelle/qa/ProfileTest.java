package org.passerelle.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.core.InputException;

class ProfileTest {
    @TempDir
    Path dir;

    @Test
    void everyRegisteredCheckHasItsKeysInTheDefaultProfile() {
        Profile p = Profile.defaults();
        for (CheckDefinition d : CheckRegistry.all()) {
            assertTrue(p.checkIds().contains(d.id()), d.id());
            p.settings(d.id()).severity();
        }
        assertEquals(CheckRegistry.all().size(), p.checkIds().size(), "profile lists checks that do not exist");
    }

    @Test
    void defaultsAreTheDocumentedOnes() {
        Profile p = Profile.defaults();
        assertEquals(Severity.ERROR, p.settings("term.forbidden").severity());
        assertEquals(Severity.WARNING, p.settings("spelling").severity(Side.TARGET));
        assertEquals(Severity.INFO, p.settings("spelling").severity(Side.SOURCE));
        assertEquals(Severity.ERROR, p.settings("number.mismatch").severity(Side.SOURCE));
    }

    @Test
    void userProfileOverridesOnlyWhatItSays() throws Exception {
        Path file = Files.writeString(dir.resolve("team.properties"), """
                # our team
                spelling.enabled = false
                number.mismatch.severity=warning
                target.same-as-source.source-severity = error
                """);
        Profile p = Profile.load(file);
        assertFalse(p.enabled("spelling"));
        assertEquals(Severity.WARNING, p.settings("number.mismatch").severity());
        assertTrue(p.enabled("term.forbidden"));
        assertEquals(Severity.ERROR, p.settings("target.same-as-source").severity(Side.SOURCE), "any check may set source-severity");
    }

    @Test
    void unknownKeyNamesItsLine() throws Exception {
        Path file = Files.writeString(dir.resolve("typo.properties"), "# comment\n\nspeling.enabled = false\n");
        InputException e = assertThrows(InputException.class, () -> Profile.load(file));
        assertEquals(3, e.line());
        assertTrue(e.oneLine().startsWith(file + ":3:1: unknown profile key 'speling.enabled'"), e.oneLine());
    }

    @Test
    void badValuesAreRejectedWithTheirPosition() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.properties"), "spelling.severity = fatal\n");
        InputException e = assertThrows(InputException.class, () -> Profile.load(file));
        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("error, warning"), e.getMessage());
        Path notBool = Files.writeString(dir.resolve("bool.properties"), "spelling.enabled = yes\n");
        assertThrows(InputException.class, () -> Profile.load(notBool));
        Path noEquals = Files.writeString(dir.resolve("eq.properties"), "spelling.enabled\n");
        assertEquals(1, assertThrows(InputException.class, () -> Profile.load(noEquals)).line());
    }

    @Test
    void parameterValuesAreCheckedAgainstTheirType() throws Exception {
        Path file = Files.writeString(dir.resolve("typed.properties"), "length.min-source-length = 2.5\n");
        assertEquals(file + ":1:27: length.min-source-length must be a whole number, got '2.5'",
                assertThrows(InputException.class, () -> Profile.load(file)).oneLine());
        InputException style = assertThrows(InputException.class, () -> Profile.defaults().with("vi.tone-placement.style", "old"));
        assertTrue(style.getMessage().contains("must be one of auto, main-vowel, first-vowel"), style.getMessage());
        assertEquals("2.5", Profile.defaults().with("length.max-factor", "2.5").settings("length").string("max-factor"));
    }

    @Test
    void aHugeValueIsQuotedCutInTheOneLineError() throws Exception {
        String huge = "9".repeat(10 << 20);
        Path file = Files.writeString(dir.resolve("huge.properties"), "length.max-factor = x" + huge + "\n" + huge + "\n");
        String line = assertThrows(InputException.class, () -> Profile.load(file)).oneLine();
        assertTrue(line.startsWith(file + ":1:20: length.max-factor must be a number, got 'x999"), line);
        assertTrue(line.endsWith("…' (10,485,761 characters)"), line);
        assertTrue(line.length() < 300, "the line is " + line.length() + " characters long");
        InputException overflow = assertThrows(InputException.class,
                () -> Profile.defaults().with("length.min-source-length", "99999999999"));
        assertTrue(overflow.getMessage().startsWith("length.min-source-length must be a whole number of at most 2147483647"),
                overflow.getMessage());
    }

    @Test
    void aProfileOverTheSizeLimitIsRefusedUnread() throws Exception {
        Path huge = dir.resolve("huge.properties");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(Profile.MAX_BYTES + 1); // sparse: costs no disk
        }
        assertEquals(huge + ": profile of 67108865 bytes is larger than the limit of 67108864 bytes (a profile lists"
                + " only what it changes)", assertThrows(InputException.class, () -> Profile.load(huge)).oneLine());
    }

    @Test
    void defaultTextDocumentsEveryParameterOfEveryCheck() {
        String text = Profile.defaultText();
        for (CheckDefinition d : CheckRegistry.all()) {
            assertTrue(text.contains("# --- " + d.id() + " (" + d.category().id() + "): "), d.id());
            for (Parameter p : d.parameters()) {
                String hint = p.valueHint().isEmpty() ? "" : " (" + p.valueHint() + ")";
                assertTrue(text.contains("# " + p.name() + hint + ": "), d.id() + "." + p.name() + " is described");
                assertTrue(text.contains("\n" + d.id() + "." + p.name() + " =" + (p.defaultValue().isEmpty() ? "" : " ")
                        + p.defaultValue() + "\n"), d.id() + "." + p.name() + " has its default");
            }
        }
    }

    @Test
    void theShippedProfileFileIsTheOneTheDefinitionsWrite() throws Exception {
        // The READMEs link to this copy; the definitions are the source, so any drift fails here.
        Path shipped = Path.of("src/main/resources/org/passerelle/qa/default-profile.properties");
        assertEquals(Profile.defaultText(), Files.readString(shipped),
                "regenerate it: ./passerelle qa --init-profile qa-rules/" + shipped);
    }

    @Test
    void missingProfileIsInputError() {
        assertThrows(InputException.class, () -> Profile.load(dir.resolve("none.properties")));
    }

    @Test
    void writtenDefaultProfileLoadsBackUnchanged() throws Exception {
        Path file = dir.resolve("default-profile.properties");
        Profile.writeDefault(file);
        assertTrue(Files.readString(file).contains("# --- term.forbidden"));
        Profile p = Profile.load(file);
        for (String id : Profile.defaults().checkIds()) {
            assertEquals(Profile.defaults().settings(id), p.settings(id));
        }
    }
}
