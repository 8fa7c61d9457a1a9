package org.passerelle.cli.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.passerelle.cli.glossary.CommandRun.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code glossary validate}: one line per problem with file, line, column and concept; exit 2 on errors only. */
class GlossaryValidateCommandTest {
    @TempDir
    Path dir;

    @Test
    void theSampleTermbaseIsValid() throws Exception {
        Path tbx = CommandRun.copySample(dir);
        CommandRun r = run("glossary", "validate", tbx);
        assertEquals(0, r.code(), r::toString);
        assertEquals(tbx + ": valid, 0 errors, 0 warnings", r.out().strip());
    }

    @Test
    void aBrokenTermbaseIsExitTwoWithEveryProblemAtItsLineAndColumn() throws Exception {
        // Hand edits, a merge of two exports and copy-paste: a DCT element in DCA, "vn", a duplicate id...
        Path tbx = CommandRun.copyResource("broken-basic-dca.tbx", dir);
        CommandRun r = run("glossary", "validate", tbx);
        assertEquals(2, r.code(), r::toString);
        List<String> lines = r.out().strip().lines().toList();
        assertEquals(tbx + ": invalid, 10 errors, 8 warnings", lines.get(lines.size() - 1));
        for (String line : lines.subList(0, lines.size() - 1)) {
            assertTrue(line.matches("\\Q" + tbx + "\\E:\\d+:\\d+: (error|warning): \\[[a-z0-9]+] .+ \\([a-z.-]+\\)"), line);
        }
        assertTrue(lines.contains(tbx + ":73:32: error: [csp] 'vn' is not a language tag (BCP 47: fr, en-GB, vi) (tbx.language)"),
                r::toString);
        assertTrue(lines.contains(tbx + ":44:30: error: [sea] duplicate id 'sea', first used at line 7 (tbx.id)"), r::toString);
        assertTrue(r.out().contains(":12:51: error: [sea] administrativeStatus 'preferred' is not one of"), r::toString);
    }

    @Test
    void warningsAloneExitZero() throws Exception {
        Path tbx = CommandRun.copySample(dir);
        assertEquals(0, run("glossary", "add", tbx, "--term", "fr=Comité populaire").code());
        CommandRun r = run("glossary", "validate", tbx);
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains(": warning: [c54] no en term (term.missing-language)"), r::toString);
        assertTrue(r.out().strip().endsWith(tbx + ": valid, 0 errors, 2 warnings"), r::toString);
    }

    @Test
    void malformedXmlIsOneLineOnStandardErrorWithThePosition() throws Exception {
        Path tbx = dir.resolve("unclosed.tbx");
        Files.writeString(tbx, "<?xml version=\"1.0\"?>\n<tbx xmlns=\"urn:iso:std:iso:30042:ed-2\" type=\"TBX-Basic\">\n"
                + "  <text><body><conceptEntry id=\"c1\">\n    <term>Mer Orientale</termSec>\n</tbx>\n");
        CommandRun r = run("glossary", "validate", tbx);
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().matches("passerelle: \\Q" + tbx + "\\E:4:\\d+: .+\\R"), r::toString);
    }

    @Test
    void aTbxV2ExportIsReadWithAHintToConvertIt() throws Exception {
        Path v2 = CommandRun.copyResource("multiterm-export-v2.tbx", dir);
        CommandRun r = run("glossary", "validate", v2);
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("checked by TBX v2's rules; 'glossary import' converts it to TBX v3 TBX-Basic"), r::toString);
    }
}
