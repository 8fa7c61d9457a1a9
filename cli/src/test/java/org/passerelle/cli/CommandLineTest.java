package org.passerelle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line contract of docs/design.md: commands listed, exit code 2 and one line for bad input. */
class CommandLineTest {

    record Result(int code, String out, String err) {
        Result withOut(String text) {
            return new Result(code, text, err);
        }
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Passerelle.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void helpListsEveryCommandOfTheDesign() {
        Result r = run("--help");
        assertEquals(0, r.code());
        for (String cmd : new String[] {"extract", "prepare", "pseudo", "qa", "publish", "glossary", "run"}) {
            assertTrue(r.out().contains("  " + cmd), "missing " + cmd + " in\n" + r.out());
        }
    }

    @Test
    void unknownOptionIsOneLineAndExitTwo() {
        Result r = run("qa", "--no-such-option", "x.xlf");
        assertEquals(2, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("--no-such-option"), r.err());
    }

    @Test
    void missingArticleNamesTheFileAndWritesNothing(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        Result r = run("extract", tmp.resolve("nope.txt").toString(), "-o", out.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("nope.txt"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertFalse(Files.exists(out) && hasFiles(out), "nothing may be written for bad input");
    }

    @Test
    void unknownTargetLanguageIsAUsageError(@TempDir Path tmp) {
        Result r = run("prepare", "a.txt", "--termbase", "t.tbx", "--targets", "en,xx-1234567", "-o",
                tmp.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("xx-1234567"), r.err());
    }

    @Test
    void malformedTermbaseIsExitTwoWithPosition(@TempDir Path tmp) throws Exception {
        Path tbx = tmp.resolve("broken.tbx");
        Files.writeString(tbx, "<?xml version=\"1.0\"?>\n<tbx type=\"TBX-Basic\">\n  <text><body>\n</tbx>\n");
        Result r = run("glossary", "validate", tbx.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().matches("(?s)passerelle: .*broken\\.tbx:\\d+:\\d+: .*"), r.err());
    }

    static boolean hasFiles(Path dir) throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.anyMatch(Files::isRegularFile);
        }
    }
}
