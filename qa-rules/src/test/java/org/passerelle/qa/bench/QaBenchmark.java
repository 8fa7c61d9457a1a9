package org.passerelle.qa.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.passerelle.qa.Profile;
import org.passerelle.qa.QaEngine;
import org.passerelle.qa.QaSummary;
import org.passerelle.xliff.SegmentPair;
import org.passerelle.xliff.TranslationUnit;

/**
 * Segments per second of the QA on generated translated units: without LanguageTool, with it (cold
 * cache), LanguageTool called directly on the same sentences with the same number of threads (the
 * engine's overhead), and a re-run served by the on-disk result cache. Not a test: run it with
 * {@code ./bench qa [units] [threads]}.
 */
public final class QaBenchmark {

    private QaBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        List<TranslationUnit> units = GeneratedCorpus.units(count);
        int segments = units.stream().mapToInt(u -> u.segments().size()).sum();
        System.out.printf(Locale.ROOT, "corpus: %d units, %d segments (fr source; 80%% en-GB, 20%% vi targets), %d threads%n",
                count, segments, threads);

        Profile noLt = Profile.defaults().with("spelling.enabled", "false").with("grammar.enabled", "false");
        QaEngine.builder().profile(noLt).threads(threads).build().check(units.subList(0, Math.min(200, count)), List.of());
        long t0 = System.nanoTime();
        QaSummary s = QaEngine.builder().profile(noLt).threads(threads).build().check(units, List.of());
        report("without LanguageTool", segments, t0, s);

        long tw = System.nanoTime();
        QaEngine.builder().threads(threads).build().check(GeneratedCorpus.units(20 * threads).stream()
                .map(u -> rename(u, "warm-up")).toList(), List.of());
        System.out.printf(Locale.ROOT, "LanguageTool instances created and warmed up in %.1f s%n", (System.nanoTime() - tw) / 1e9);

        // LanguageTool alone first, so that the JIT warm-up it gives the shared LanguageTool code
        // favours it, not the engine.
        double direct = direct(units, threads);
        System.out.printf(Locale.ROOT, "LanguageTool directly (distinct texts, same threads): %.1f s%n", direct);

        Path cache = Files.createTempDirectory("passerelle-bench").resolve("lt-cache.json");
        long t1 = System.nanoTime();
        s = QaEngine.builder().threads(threads).cacheFile(cache).build().check(units, List.of());
        double withLt = report("with LanguageTool (cold cache)", segments, t1, s);
        System.out.printf(Locale.ROOT, "engine overhead over LanguageTool alone: %.0f%%%n", 100 * (withLt - direct) / direct);

        long t2 = System.nanoTime();
        s = QaEngine.builder().threads(threads).cacheFile(cache).build().check(units, List.of());
        report("re-run with the on-disk cache (" + Files.size(cache) / 1024 + " KiB)", segments, t2, s);
    }

    private static double report(String what, int segments, long start, QaSummary s) {
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%-45s %8.1f s %10.0f segments/s   (%d errors, %d warnings, %d infos)%n",
                what, seconds, segments / seconds, s.errors(), s.warnings(), s.infos());
        return seconds;
    }

    /**
     * The least LanguageTool work the same run needs: each distinct French source and English target
     * checked once (the engine also checks each distinct text once), with plain JLanguageTool.
     */
    private static double direct(List<TranslationUnit> units, int threads) throws Exception {
        java.util.Set<String> french = new java.util.LinkedHashSet<>();
        java.util.Set<String> english = new java.util.LinkedHashSet<>();
        for (TranslationUnit u : units) {
            for (SegmentPair s : u.segments()) {
                french.add(s.source());
                if (u.targetLanguage().startsWith("en")) {
                    english.add(s.target());
                }
            }
        }
        List<String[]> texts = new ArrayList<>();
        french.forEach(t -> texts.add(new String[] {"fr", t}));
        english.forEach(t -> texts.add(new String[] {"en", t}));
        System.out.printf(Locale.ROOT, "distinct texts for LanguageTool: %d French, %d English%n", french.size(), english.size());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<JLanguageTool[]>> created = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                created.add(pool.submit(() -> new JLanguageTool[] {
                    new JLanguageTool(Languages.getLanguageForShortCode("fr")),
                    new JLanguageTool(Languages.getLanguageForShortCode("en-GB"))}));
            }
            List<JLanguageTool[]> tools = new ArrayList<>();
            for (Future<JLanguageTool[]> f : created) {
                JLanguageTool[] pair = f.get();
                pair[0].check("Mise en route.");
                pair[1].check("Warming up.");
                tools.add(pair);
            }
            long start = System.nanoTime();
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                JLanguageTool[] pair = tools.get(t);
                int first = t;
                work.add(pool.submit(() -> {
                    for (int i = first; i < texts.size(); i += threads) {
                        String[] text = texts.get(i);
                        (text[0].equals("fr") ? pair[0] : pair[1]).check(text[1]);
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
            return (System.nanoTime() - start) / 1e9;
        } finally {
            pool.shutdownNow();
        }
    }

    private static TranslationUnit rename(TranslationUnit u, String file) {
        return u.inFile(file);
    }
}
