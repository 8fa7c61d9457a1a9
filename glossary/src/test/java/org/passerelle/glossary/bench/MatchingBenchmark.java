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
 * termbase). Run from the repo root:
 * {@code mvn -q -o -pl glossary test-compile exec:java -Dexec.mainClass=org.passerelle.glossary.bench.MatchingBenchmark -Dexec.classpathScope=test}
 */
public final class MatchingBenchmark {
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
        System.out.printf(Locale.ROOT, "text: %,d chars, %d distinct words; JVM %s, %d cores%n",
                text.length(), vocabulary.size(), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());

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
        // Warm the JIT and the lemma caches first, so that the smallest size is not penalised.
        TermMatcher warm = TermMatcher.of(sample, "fr");
        for (int i = 0; i < 300; i++) {
            warm.find(text);
        }
        double first = 0;
        for (int size : SIZES) {
            Termbase termbase = generate(sample, vocabulary, size);
            long t0 = System.nanoTime();
            TermMatcher matcher = TermMatcher.of(termbase, "fr");
            long buildMs = (System.nanoTime() - t0) / 1_000_000;
            int hits = 0;
            for (int i = 0; i < 20; i++) {
                hits = matcher.find(text).size();
            }
            int rounds = 200;
            long t1 = System.nanoTime();
            for (int i = 0; i < rounds; i++) {
                matcher.find(text);
            }
            double seconds = (System.nanoTime() - t1) / 1e9;
            double charsPerSecond = rounds * (double) text.length() / seconds;
            if (first == 0) {
                first = charsPerSecond;
            }
            System.out.printf(Locale.ROOT,
                    "%,8d terms: built in %,6d ms; %,6.2f ms per pass of the corpus, %,7.2f MB/s; %d hits; slowdown vs %d terms: %.2fx%n",
                    matcher.termCount(), buildMs, seconds * 1000 / rounds, charsPerSecond / 1e6, hits,
                    SIZES[0], first / charsPerSecond);
        }
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
