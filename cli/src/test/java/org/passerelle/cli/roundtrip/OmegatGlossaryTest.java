package org.passerelle.cli.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.cli.Passerelle;

/**
 * What Passerelle writes for OmegaT 3.6 is read by OmegaT 3.6's own glossary readers (from its jar,
 * installed by .ci/run): the glossary {@code prepare} writes next to each XLIFF, and
 * {@code glossary export} as OmegaT's TSV and as TBX v2. Skipped where OmegaT is not installed.
 */
class OmegatGlossaryTest {
    private static final Path OMEGAT_JAR = Path.of("/usr/share/omegat/OmegaT.jar");
    private static final Path SAMPLE = Path.of("..", "samples", "termbase.tbx");

    @TempDir
    Path dir;

    /** The entries OmegaT reads from a glossary file, as "source\ttarget\tcomment" lines. */
    private List<String> readByOmegat(Path glossary, String... languages) throws Exception {
        assumeTrue(Files.isRegularFile(OMEGAT_JAR), "OmegaT 3.6 is not installed (Debian package omegat, installed"
                + " by .ci/run); skipping the check with its glossary reader");
        Path source = dir.resolve("OmegatGlossaryDump.java");
        try (InputStream in = getClass().getResourceAsStream("/omegat/OmegatGlossaryDump.java")) {
            Files.copy(in, source, StandardCopyOption.REPLACE_EXISTING);
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = Stream.concat(Stream.of(java.toString(), "-Duser.home=" + dir, "-cp", OMEGAT_JAR.toString(),
                source.toString(), glossary.toString()), Stream.of(languages)).toList();
        Path log = dir.resolve("omegat.log");
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(3, TimeUnit.MINUTES), "OmegaT's reader did not finish");
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), output);
        return output.lines().filter(l -> l.contains("\t")).toList();
    }

    private static int run(String... args) {
        return Passerelle.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true), args);
    }

    @Test
    void theGlossaryPrepareWritesNextToTheXliffLoadsInOmegat() throws Exception {
        Path article = Files.writeString(dir.resolve("article.txt"),
                "La Mer Orientale\n\nLa Mer Orientale et le Partenariat stratégique intégral Vietnam-Russie.\n");
        Path out = dir.resolve("xliff");
        assertEquals(0, run("prepare", article.toString(), "--termbase", SAMPLE.toString(), "--targets", "en", "-o", out.toString()));
        Path glossary;
        try (Stream<Path> files = Files.list(out)) {
            glossary = files.filter(f -> f.getFileName().toString().endsWith(".en.glossary.txt")).findFirst().orElseThrow();
        }
        assertTrue(Files.exists(out.resolve(glossary.getFileName().toString().replace(".glossary.txt", ".xlf"))),
                "next to the XLIFF");
        List<String> entries = readByOmegat(glossary);
        assertTrue(entries.stream().anyMatch(e -> e.startsWith("Mer Orientale\tEast Sea\tpreferred fullForm · geography"
                + " · not: South China Sea")), "the equivalent, its status and the forbidden one: " + entries);
        assertTrue(entries.stream().anyMatch(e -> e.startsWith("Partenariat stratégique intégral\tComprehensive Strategic Partnership\t")),
                entries.toString());
        assertFalse(entries.stream().anyMatch(e -> e.startsWith("\uFEFF")), "the BOM is read as such, not as part of a term");
        assertFalse(entries.stream().anyMatch(e -> e.contains("\tSouth China Sea\t")), "a forbidden term is no equivalent");
    }

    @Test
    void theExportsForOmegatLoadInIt() throws Exception {
        Path tsv = dir.resolve("termbase.txt");
        assertEquals(0, run("glossary", "export", SAMPLE.toString(), "--to", tsv.toString(), "--target-lang", "vi"));
        List<String> fromTsv = readByOmegat(tsv);
        assertTrue(fromTsv.stream().anyMatch(e -> e.startsWith("Mer Orientale\tBiển Đông\t")), fromTsv.toString());

        Path martif = dir.resolve("termbase.tbx");
        assertEquals(0, run("glossary", "export", SAMPLE.toString(), "--to", martif.toString(), "--format", "tbx2",
                "--target-lang", "vi"));
        assertTrue(Files.readString(martif).contains("<martif"), "TBX v2");
        List<String> fromTbx = readByOmegat(martif, "fr", "vi");
        assertTrue(fromTbx.stream().anyMatch(e -> e.startsWith("Mer Orientale\tBiển Đông")), fromTbx.toString());
    }
}
