package org.passerelle.qa.accuracy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
            new String[] {"vi-VN", "labels-b.vi-VN.tsv", "accuracy-b.vi-VN.xlf", "b"},
            new String[] {"en-US", "labels-h.en-US.tsv", "accuracy-h.en-US.xlf", "h"},
            new String[] {"vi-VN", "labels-h.vi-VN.tsv", "accuracy-h.vi-VN.xlf", "h"},
            new String[] {"en-US", "labels-i.en-US.tsv", "accuracy-i.en-US.xlf", "i"},
            new String[] {"vi-VN", "labels-i.vi-VN.tsv", "accuracy-i.vi-VN.xlf", "i"},
            new String[] {"en-US", "labels-j.en-US.tsv", "accuracy-j.en-US.xlf", "j"},
            new String[] {"vi-VN", "labels-j.vi-VN.tsv", "accuracy-j.vi-VN.xlf", "j"},
            new String[] {"en-US", "labels-k.en-US.tsv", "accuracy-k.en-US.xlf", "k"},
            new String[] {"vi-VN", "labels-k.vi-VN.tsv", "accuracy-k.vi-VN.xlf", "k"},
            new String[] {"en-US", "labels-l.en-US.tsv", "accuracy-l.en-US.xlf", "l"},
            new String[] {"vi-VN", "labels-l.vi-VN.tsv", "accuracy-l.vi-VN.xlf", "l"},
            new String[] {"en-US", "labels-m.en-US.tsv", "accuracy-m.en-US.xlf", "m"},
            new String[] {"vi-VN", "labels-m.vi-VN.tsv", "accuracy-m.vi-VN.xlf", "m"},
            new String[] {"en-US", "labels-n.en-US.tsv", "accuracy-n.en-US.xlf", "n"},
            new String[] {"vi-VN", "labels-n.vi-VN.tsv", "accuracy-n.vi-VN.xlf", "n"},
            new String[] {"en-US", "labels-o.en-US.tsv", "accuracy-o.en-US.xlf", "o"},
            new String[] {"vi-VN", "labels-o.vi-VN.tsv", "accuracy-o.vi-VN.xlf", "o"},
            new String[] {"en-US", "labels-p.en-US.tsv", "accuracy-p.en-US.xlf", "p"},
            new String[] {"vi-VN", "labels-p.vi-VN.tsv", "accuracy-p.vi-VN.xlf", "p"},
            new String[] {"en-US", "labels-q.en-US.tsv", "accuracy-q.en-US.xlf", "q"},
            new String[] {"vi-VN", "labels-q.vi-VN.tsv", "accuracy-q.vi-VN.xlf", "q"},
            new String[] {"en-US", "labels-r.en-US.tsv", "accuracy-r.en-US.xlf", "r"},
            new String[] {"vi-VN", "labels-r.vi-VN.tsv", "accuracy-r.vi-VN.xlf", "r"},
            new String[] {"en-US", "labels-s.en-US.tsv", "accuracy-s.en-US.xlf", "s"},
            new String[] {"vi-VN", "labels-s.vi-VN.tsv", "accuracy-s.vi-VN.xlf", "s"},
            new String[] {"en-US", "labels-t.en-US.tsv", "accuracy-t.en-US.xlf", "t"},
            new String[] {"vi-VN", "labels-t.vi-VN.tsv", "accuracy-t.vi-VN.xlf", "t"},
            new String[] {"en-US", "labels-u.en-US.tsv", "accuracy-u.en-US.xlf", "u"},
            new String[] {"vi-VN", "labels-u.vi-VN.tsv", "accuracy-u.vi-VN.xlf", "u"},
            new String[] {"en-US", "labels-v.en-US.tsv", "accuracy-v.en-US.xlf", "v"},
            new String[] {"vi-VN", "labels-v.vi-VN.tsv", "accuracy-v.vi-VN.xlf", "v"},
            new String[] {"en-US", "labels-w.en-US.tsv", "accuracy-w.en-US.xlf", "w"},
            new String[] {"vi-VN", "labels-w.vi-VN.tsv", "accuracy-w.vi-VN.xlf", "w"},
            new String[] {"en-US", "labels-x.en-US.tsv", "accuracy-x.en-US.xlf", "x"},
            new String[] {"vi-VN", "labels-x.vi-VN.tsv", "accuracy-x.vi-VN.xlf", "x"},
            new String[] {"en-US", "labels-y.en-US.tsv", "accuracy-y.en-US.xlf", "y"},
            new String[] {"vi-VN", "labels-y.vi-VN.tsv", "accuracy-y.vi-VN.xlf", "y"});
    /**
     * The sets {@code AccuracyTest} and a plain {@code ./bench accuracy} run. Set "h" is held out:
     * an examiner's set written without reading the checks (nor the units of a and b), in two
     * subsets as issue #14 has its benchmarks (h1 planted defects, h2 translators' and MT
     * post-editors' errors; the note of each unit starts with its subset). It is run only by
     * {@code ./bench accuracy h}: it has misses, and a label "unknown" for an error no check claims.
     * Set "i" is a second held-out set of the same kind by another examiner (subsets i1 and i2),
     * kept for the final measurement, {@code ./bench accuracy i}. Set "j" is a third one by a third
     * examiner (subsets j1 and j2), measured once, {@code ./bench accuracy j}. Set "k" is a fourth one by a
     * fourth examiner (subsets k1 and k2), measured once, {@code ./bench accuracy k}. Set "l" is a fifth one by a
     * fifth examiner (subsets l1 and l2), measured once, {@code ./bench accuracy l}. Set "m" is a sixth one by a
     * sixth examiner (subsets m1 and m2), measured once, {@code ./bench accuracy m}. Set "n" is a seventh one by a
     * seventh examiner (subsets n1 and n2), measured once, {@code ./bench accuracy n}. Set "o" is an eighth one by an
     * eighth examiner (subsets o1 and o2), measured once, {@code ./bench accuracy o}. Set "p" is a ninth one by a
     * ninth examiner (subsets p1 and p2), measured once, {@code ./bench accuracy p}. Set "q" is a tenth one by a
     * tenth examiner (subsets q1 and q2), measured once, {@code ./bench accuracy q}. Set "r" is an eleventh one by an
     * eleventh examiner (subsets r1 and r2), measured once, {@code ./bench accuracy r}. Set "s" is a twelfth one by a
     * twelfth examiner (subsets s1 and s2), measured once, {@code ./bench accuracy s}. Set "t" is a thirteenth one by a
     * thirteenth examiner (subsets t1 and t2), measured once, {@code ./bench accuracy t}. Set "u" is a fourteenth one by a
     * fourteenth examiner (subsets u1 and u2), measured once, {@code ./bench accuracy u}. Set "v" is a fifteenth one by a
     * fifteenth examiner (subsets v1 and v2), measured once, {@code ./bench accuracy v}. Set "w" is a sixteenth one by a
     * sixteenth examiner (subsets w1 and w2), measured once, {@code ./bench accuracy w}. Set "x" is a seventeenth one by a
     * seventeenth examiner (subsets x1 and x2), measured once, {@code ./bench accuracy x}. Set "y" is an eighteenth one by an
     * eighteenth examiner (subsets y1 and y2), measured once, {@code ./bench accuracy y}.
     */
    static final List<String> DEFAULT_SETS = List.of("a", "b");

    private LabelledSet() {
    }

    static Path resource(String name) {
        try {
            return Path.of(LabelledSet.class.getResource(RESOURCES + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("no test resource " + RESOURCES + name, e);
        }
    }

    /** The runs of the default sets, each its XLIFF files. */
    static List<List<Path>> runs() {
        return runs(DEFAULT_SETS);
    }

    /** The runs of the given sets ("a", "b", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x"), each its XLIFF files. */
    static List<List<Path>> runs(List<String> sets) {
        return files(sets).stream().map(f -> f[3]).distinct()
                .map(run -> FILES.stream().filter(f -> f[3].equals(run)).map(f -> resource(f[2])).toList()).toList();
    }

    /** Every labelled unit of both languages, of the default sets. */
    static List<LabelledUnit> all() {
        return all(DEFAULT_SETS);
    }

    /** Every labelled unit of both languages, of the given sets. */
    static List<LabelledUnit> all(List<String> sets) {
        List<LabelledUnit> units = new ArrayList<>();
        for (String[] f : files(sets)) {
            units.addAll(read(resource(f[1])));
        }
        return units;
    }

    /** The rows of {@link #FILES} of the given sets; an unknown set name is an error. */
    static List<String[]> files(List<String> sets) {
        for (String set : sets) {
            if (FILES.stream().noneMatch(f -> f[3].equals(set))) {
                throw new IllegalArgumentException("no labelled set " + set + "; the sets are "
                        + FILES.stream().map(f -> f[3]).distinct().toList());
            }
        }
        return FILES.stream().filter(f -> sets.contains(f[3])).toList();
    }

    /**
     * The subset a unit belongs to: the first word of its note when it names one of a held-out
     * set ("h1: ...", "h2: ...", "i1: ...", "j2: ...", "k1: ...", "l2: ...", "m1: ...", "n2: ...", "o1: ...", "p2: ..."), else the given set's name.
     */
    static String subset(LabelledUnit u, String set) {
        Matcher m = Pattern.compile("^([hijklmnopqrstuvwxy]\\d+):").matcher(u.note());
        return m.find() ? m.group(1) : set;
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
