package org.passerelle.qa.accuracy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The labelled set: real sentences of the desk's articles translated into en-US and Vietnamese,
 * half of the units clean (with the precision traps of issue #14), half with one planted defect.
 * Each language has a label table ({@code labels.<lang>.tsv}: id, label, role, note, source,
 * target; segments separated by {@code " || "}, an inline line break written {@code {lb}}) and the
 * XLIFF written from it by {@link LabelledSetWriter}: en-US as XLIFF 1.2 with {@code <seg-source>},
 * Vietnamese as XLIFF 2.0, as the held-out benchmark has them.
 */
final class LabelledSet {
    static final String RESOURCES = "/org/passerelle/qa/accuracy/";
    static final String SEGMENTS = " || ";
    /** Target language tag → the label table and the XLIFF written from it. */
    static final List<String[]> FILES = List.of(
            new String[] {"en-US", "labels.en-US.tsv", "accuracy.en-US.xlf"},
            new String[] {"vi-VN", "labels.vi-VN.tsv", "accuracy.vi-VN.xlf"});

    private LabelledSet() {
    }

    static Path resource(String name) {
        try {
            return Path.of(LabelledSet.class.getResource(RESOURCES + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("no test resource " + RESOURCES + name, e);
        }
    }

    static List<Path> xliffFiles() {
        return FILES.stream().map(f -> resource(f[2])).toList();
    }

    /** Every labelled unit of both languages. */
    static List<LabelledUnit> all() {
        List<LabelledUnit> units = new ArrayList<>();
        for (String[] f : FILES) {
            units.addAll(read(resource(f[1])));
        }
        return units;
    }

    static List<LabelledUnit> read(Path tsv) {
        List<String> lines;
        try {
            lines = Files.readAllLines(tsv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<LabelledUnit> units = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length != 6) {
                throw new IllegalArgumentException(tsv.getFileName() + ":" + (i + 1) + ": 6 tab-separated columns"
                        + " expected, got " + cols.length);
            }
            units.add(new LabelledUnit(cols[0], cols[1], cols[2], cols[3], split(cols[4]), split(cols[5])));
        }
        return units;
    }

    private static List<String> split(String segments) {
        return Arrays.asList(segments.split(" \\|\\| ", -1));
    }
}
