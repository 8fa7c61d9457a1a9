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
    /**
     * Target language tag, label table, the XLIFF written from it, and the run it belongs to. Set
     * "b" translates sentences of set "a" again, in other words (a clean one may be another
     * translator's choice of the same sentence), so it is checked in a run of its own, where
     * the consistency checks do not compare the two.
     */
    static final List<String[]> FILES = List.of(
            new String[] {"en-US", "labels.en-US.tsv", "accuracy.en-US.xlf", "a"},
            new String[] {"vi-VN", "labels.vi-VN.tsv", "accuracy.vi-VN.xlf", "a"},
            new String[] {"en-US", "labels-b.en-US.tsv", "accuracy-b.en-US.xlf", "b"},
            new String[] {"vi-VN", "labels-b.vi-VN.tsv", "accuracy-b.vi-VN.xlf", "b"});

    private LabelledSet() {
    }

    static Path resource(String name) {
        try {
            return Path.of(LabelledSet.class.getResource(RESOURCES + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("no test resource " + RESOURCES + name, e);
        }
    }

    /** The runs of the set, each its XLIFF files. */
    static List<List<Path>> runs() {
        return FILES.stream().map(f -> f[3]).distinct()
                .map(run -> FILES.stream().filter(f -> f[3].equals(run)).map(f -> resource(f[2])).toList()).toList();
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
