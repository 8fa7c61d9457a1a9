package org.passerelle.glossary.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.passerelle.glossary.Concept;
import org.passerelle.glossary.TbxReader;
import org.passerelle.glossary.Term;
import org.passerelle.glossary.TermMatcher;
import org.passerelle.glossary.TermStatus;
import org.passerelle.glossary.Termbase;

/**
 * Matching throughput of {@link TermMatcher} over the five seed articles with termbases of 100,
 * 10,000 and 100,000 French terms: the sample termbase plus distinct generated terms of two to
 * four words, half of them taken from the articles themselves so that the trie is walked deep
 * from most tokens, and one-word terms made of invented words (a termbase of 100,000 terms that
 * were all the common words of a news article would measure the number of hits, not the
 * termbase). It reports the matcher's thread CPU time per pass over the corpus for each size and
 * the ratio to the smallest. Run {@code ./bench matching} from the repository root.
 */
public final class MatchingBenchmark {
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();
    private static final int[] SIZES = {100, 10_000, 100_000};

    public static void main(String[] args) throws Exception {
        Path repo = Files.isDirectory(Path.of("samples")) ? Path.of(".") : Path.of("..");
        Termbase sample = new TbxReader().read(repo.resolve("samples/termbase.tbx"));
        StringBuilder corpus = new StringBuilder();
        try (Stream<Path> files = Files.list(repo.resolve("samples/articles"))) {
            for (Path p : files.sorted().toList()) {
                corpus.append(Files.readString(p)).append("\n\n");
            }
        }
        String text = corpus.toString();
        List<String> vocabulary = vocabulary(text);
        System.out.printf(Locale.ROOT, "text: %,d chars, %d distinct words; JVM %s, %d cores, load average %.1f%n",
                text.length(), vocabulary.size(), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        // What the CLI pays per run: LanguageTool's tagger and the matcher for the sample termbase.
        for (String lang : List.of("fr", "en", "vi")) {
            long c0 = System.nanoTime();
            TermMatcher cold = TermMatcher.of(sample, lang);
            long c1 = System.nanoTime();
            cold.find(text);
            long c2 = System.nanoTime();
            System.out.printf(Locale.ROOT, "cold start %s: matcher for the sample termbase (%d terms) built in %d ms, first pass %d ms%n",
                    lang, cold.termCount(), (c1 - c0) / 1_000_000, (c2 - c1) / 1_000_000);
        }
        List<TermMatcher> matchers = new ArrayList<>();
        for (int size : SIZES) {
            Termbase termbase = generate(sample, vocabulary, size);
            long t0 = System.nanoTime();
            TermMatcher matcher = TermMatcher.of(termbase, "fr");
            System.out.printf(Locale.ROOT, "%,8d terms: matcher built in %,6d ms, %d hits in the corpus%n",
                    matcher.termCount(), (System.nanoTime() - t0) / 1_000_000, matcher.find(text).size());
            matchers.add(matcher);
        }
        for (int i = 0; i < 300; i++) {
            for (TermMatcher m : matchers) {
                m.find(text);
            }
        }
        // Sizes interleaved batch by batch, so that JIT, GC and clock drift hit all of them alike; thread
        // CPU time, not wall time, since on a shared machine the wall clock measures the neighbours.
        // The ratio is taken within each batch (the sizes ran seconds apart) and the median batch
        // reported, so that one disturbed batch does not count.
        int batches = 15;
        int rounds = 40;
        double[][] cpu = new double[SIZES.length][batches];
        double[][] wall = new double[SIZES.length][batches];
        double[][] ratio = new double[SIZES.length][batches];
        for (int b = 0; b < batches; b++) {
            for (int s = 0; s < SIZES.length; s++) {
                long c0 = CPU.getCurrentThreadCpuTime();
                long w0 = System.nanoTime();
                for (int i = 0; i < rounds; i++) {
                    matchers.get(s).find(text);
                }
                cpu[s][b] = (CPU.getCurrentThreadCpuTime() - c0) / 1e9 / rounds;
                wall[s][b] = (System.nanoTime() - w0) / 1e9 / rounds;
            }
            for (int s = 0; s < SIZES.length; s++) {
                ratio[s][b] = cpu[s][b] / cpu[0][b];
            }
        }
        for (int s = 0; s < SIZES.length; s++) {
            double perPass = median(cpu[s]);
            double[] sorted = ratio[s].clone();
            java.util.Arrays.sort(sorted);
            System.out.printf(Locale.ROOT,
                    "%,8d terms: %6.3f ms CPU per pass (%6.3f ms wall), %6.2f MB/s; time relative to %d terms: %.2fx"
                            + " (batches %.2f-%.2f)%n",
                    matchers.get(s).termCount(), perPass * 1000, median(wall[s]) * 1000,
                    text.length() / perPass / 1e6, SIZES[0], median(ratio[s]), sorted[0], sorted[sorted.length - 1]);
        }
    }

    private static double median(double[] values) {
        double[] copy = values.clone();
        java.util.Arrays.sort(copy);
        return copy[copy.length / 2];
    }

    private static List<String> vocabulary(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String w : text.split("[^\\p{L}]+")) {
            if (w.length() >= 3) {
                words.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return new ArrayList<>(words);
    }

    /** The sample's concepts, then generated ones up to {@code size} French terms. */
    private static Termbase generate(Termbase sample, List<String> vocabulary, int size) {
        Random random = new Random(size);
        List<Concept> concepts = new ArrayList<>(sample.concepts());
        int terms = (int) sample.concepts().stream().mapToLong(c -> c.terms("fr").size()).sum();
        String[] syllables = {"ba", "lo", "mi", "ra", "té", "vu", "ser", "pon", "cal", "dri", "nè", "quo", "zin", "fé"};
        Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; terms < size; i++) {
            int length = 1 + random.nextInt(4);
            StringBuilder term = new StringBuilder();
            for (int w = 0; w < length; w++) {
                if (w > 0) {
                    term.append(' ');
                }
                if (length > 1 && random.nextBoolean()) {
                    term.append(vocabulary.get(random.nextInt(vocabulary.size())));
                } else {
                    for (int s = 0, n = 2 + random.nextInt(2); s < n; s++) {
                        term.append(syllables[random.nextInt(syllables.length)]);
                    }
                }
            }
            if (!seen.add(term.toString())) {
                continue;
            }
            concepts.add(new Concept("g" + i, null, null, null,
                    List.of(new Term(term.toString(), "fr", TermStatus.PREFERRED, null))));
            terms++;
        }
        return new Termbase("fr", concepts);
    }
}
