package org.passerelle.qa.interop;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The XLIFF files other tools wrote, committed under the xliff module's test resources (one copy
 * for both modules' tests), with the verdict each must get from verdicts.txt.
 */
final class InteropCorpus {
    /** Surefire runs in the module directory; the fixtures stay inside the repository. */
    static final Path DIR = Path.of("../xliff/src/test/resources/interop");
    private static final Pattern VERDICT = Pattern.compile("(\\S+)\\s+(valid|invalid)(?:\\s+\"([^\"]+)\")?");

    /**
     * @param problem for an invalid file with no position to give, words its message must contain; else null
     */
    record Entry(String name, boolean valid, String problem) {
        Path path() {
            return DIR.resolve(name);
        }
    }

    private static final Map<String, Entry> ENTRIES = load();

    private InteropCorpus() {
    }

    static Stream<String> valid() {
        return ENTRIES.values().stream().filter(Entry::valid).map(Entry::name);
    }

    static Stream<String> invalid() {
        return ENTRIES.values().stream().filter(e -> !e.valid()).map(Entry::name);
    }

    static Entry entry(String name) {
        return ENTRIES.get(name);
    }

    static Map<String, Entry> entries() {
        return ENTRIES;
    }

    /**
     * Every file of the fixture directory but its provenance notes; subdirectories (the OASIS
     * invalid suite in xliff2-invalid/) have tests of their own in the xliff module.
     */
    static List<String> fixtureFiles() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals("PROVENANCE.md") && !n.startsWith("."))
                    .sorted().toList();
        }
    }

    private static Map<String, Entry> load() {
        Map<String, Entry> entries = new TreeMap<>();
        for (String line : resourceLines("verdicts.txt")) {
            Matcher m = VERDICT.matcher(line);
            if (!m.matches()) {
                throw new IllegalStateException("verdicts.txt: cannot read line '" + line + "'");
            }
            entries.put(m.group(1), new Entry(m.group(1), m.group(2).equals("valid"), m.group(3)));
        }
        return entries;
    }

    /** The lines of a resource of this package, without comments and blank lines. */
    static List<String> resourceLines(String name) {
        try (InputStream in = InteropCorpus.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            List<String> lines = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) {
                    lines.add(l);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
