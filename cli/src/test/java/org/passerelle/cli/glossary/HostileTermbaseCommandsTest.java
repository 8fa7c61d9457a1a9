package org.passerelle.cli.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.passerelle.cli.glossary.CommandRun.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each hostile termbase, given to every command that reads a termbase, ends in exit 2 and one
 * line naming the file (and, when there is one, the line and column), quickly, writing nothing.
 */
class HostileTermbaseCommandsTest {
    @TempDir
    Path dir;
    Path article;

    @BeforeEach
    void article() throws Exception {
        article = Files.writeString(dir.resolve("article.txt"), "La Mer Orientale est calme.\n");
    }

    private Path hostile(String kind) throws Exception {
        String root = "<tbx xmlns=\"urn:iso:std:iso:30042:ed-2\" type=\"TBX-Basic\" style=\"dca\" xml:lang=\"fr\"><text><body>";
        String entry = "<conceptEntry id=\"c1\"><langSec xml:lang=\"fr\"><termSec><term>%s</term></termSec></langSec></conceptEntry>";
        Path file = dir.resolve(kind + ".tbx");
        switch (kind) {
            case "deep" -> Files.writeString(file, root + "<conceptEntry id=\"a\">" + "<x>".repeat(100_000)
                    + "</x>".repeat(100_000) + "</conceptEntry></body></text></tbx>");
            case "entity" -> Files.writeString(file, "<!DOCTYPE tbx [<!ENTITY a \"" + "x".repeat(10_000) + "\">]>\n"
                    + root + String.format(entry, "&a;".repeat(10_000)) + "</body></text></tbx>");
            case "utf8" -> Files.write(file, (root + String.format(entry, "caf\u00e9") + "</body></text></tbx>")
                    .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            case "fifo" -> new ProcessBuilder("mkfifo", file.toString()).start().waitFor();
            case "control" -> Files.writeString(file, "<?xml version=\"1.1\"?>\n" + root
                    + String.format(entry, "a&#x1;b") + "</body></text></tbx>");
            default -> throw new IllegalArgumentException(kind);
        }
        return file;
    }

    private List<Object[]> commands(Path tb) {
        List<Object[]> commands = new ArrayList<>();
        commands.add(new Object[] {"glossary", "validate", tb});
        commands.add(new Object[] {"glossary", "lookup", tb, "mer"});
        commands.add(new Object[] {"glossary", "add", tb, "--term", "fr=Mer", "--term", "en=Sea"});
        commands.add(new Object[] {"glossary", "import", dir.resolve("new.tbx"), "--from", tb});
        commands.add(new Object[] {"glossary", "import", tb, "--from", "../samples/termbase.tbx"});
        commands.add(new Object[] {"glossary", "export", tb, "--to", dir.resolve("out.csv")});
        commands.add(new Object[] {"qa", "../samples/translations", "--termbase", tb});
        commands.add(new Object[] {"prepare", article, "--termbase", tb, "--targets", "en", "-o", dir.resolve("xliff")});
        return commands;
    }

    @ParameterizedTest
    @ValueSource(strings = {"deep", "entity", "utf8", "fifo", "control"})
    void everyCommandRefusesItInOneLine(String kind) throws Exception {
        Path tb = hostile(kind);
        for (Object[] command : commands(tb)) {
            long start = System.nanoTime();
            CommandRun r = run(command);
            long millis = (System.nanoTime() - start) / 1_000_000;
            String what = String.join(" ", Stream.of(command).map(String::valueOf).toList()) + ": " + r;
            assertEquals(2, r.code(), what);
            assertEquals(1, r.err().strip().lines().count(), what);
            assertTrue(r.err().startsWith("passerelle: " + tb + (kind.equals("fifo") ? ": " : ":")), what);
            if (!kind.equals("fifo")) {
                assertTrue(r.err().matches("(?s)passerelle: \\S+:\\d+:\\d+: .*"), "line and column: " + what);
            }
            assertTrue(millis < 5_000, "took " + millis + " ms: " + what);
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("article.txt", tb.getFileName().toString()),
                    files.map(p -> p.getFileName().toString()).sorted().toList(), "nothing may be written");
        }
        assertFalse(Files.exists(dir.resolve("xliff")));
    }
}
