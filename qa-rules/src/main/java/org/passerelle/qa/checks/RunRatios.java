package org.passerelle.qa.checks;

import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.passerelle.core.Languages;
import org.passerelle.xliff.TranslationUnit;

/**
 * The target/source length ratios of a run, per language pair, and the usual one: their median, or
 * a built-in ratio when the run has too few segments to tell (a single article's headline and three
 * captions say nothing about how long its language pair runs). Collected thread-safely while units
 * are checked, read once the run is over.
 */
final class RunRatios {
    private static final int MIN_SAMPLES = 20;
    private static final Map<String, Double> TYPICAL = Map.of("fr>en", 0.9, "fr>vi", 0.8, "en>vi", 1.15, "en>fr", 1.15);

    private final Map<String, Queue<Double>> ratios = new ConcurrentHashMap<>();

    /** "fr>en" for a unit from French into English. */
    static String pair(TranslationUnit unit) {
        return Languages.primary(unit.sourceLanguage()) + ">" + Languages.primary(unit.targetLanguage());
    }

    /** The built-in ratio of a language pair, for a check that judges one segment alone. */
    static double typical(String pair) {
        return TYPICAL.getOrDefault(pair, 1.0);
    }

    void add(String pair, double ratio) {
        ratios.computeIfAbsent(pair, k -> new ConcurrentLinkedQueue<>()).add(ratio);
    }

    double usual(String pair) {
        Queue<Double> all = ratios.get(pair);
        if (all == null || all.size() < MIN_SAMPLES) {
            return typical(pair);
        }
        double[] sorted = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[sorted.length / 2];
    }
}
