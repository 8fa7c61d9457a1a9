package org.passerelle.qa.checks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.passerelle.core.Languages;
import org.passerelle.qa.CheckContext;
import org.passerelle.qa.CheckMatch;
import org.passerelle.qa.CheckSettings;
import org.passerelle.qa.RunWideCheck;
import org.passerelle.qa.Side;
import org.passerelle.qa.UnitMatch;
import org.passerelle.xliff.SegmentPair;
import org.passerelle.xliff.TranslationUnit;

/**
 * A translation far longer or shorter than usual for its language pair, a sign of text added,
 * dropped or pasted twice. "Usual" is the median target/source length ratio of the run (per
 * language pair), or a built-in ratio when the run has too few segments to tell.
 */
public final class LengthCheck implements RunWideCheck {
    public static final String ID = "length";
    private static final int MIN_SAMPLES = 20;
    private static final Map<String, Double> TYPICAL = Map.of("fr>en", 0.9, "fr>vi", 1.0, "en>vi", 1.15, "en>fr", 1.15);

    private record Sample(TranslationUnit unit, String segment, int source, int target) {
        double ratio() {
            return (double) target / source;
        }
    }

    private final double factor;
    private final int minSource;
    private final Map<String, Queue<Sample>> samples = new ConcurrentHashMap<>();

    public LengthCheck(CheckSettings settings) {
        this.factor = settings.decimal("max-factor");
        this.minSource = settings.integer("min-source-length");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<CheckMatch> check(TranslationUnit unit, CheckContext context) {
        String pair = Languages.primary(unit.sourceLanguage()) + ">" + Languages.primary(unit.targetLanguage());
        for (SegmentPair s : unit.segments()) {
            if (s.hasTarget() && !s.target().isBlank() && s.source().strip().length() >= minSource) {
                samples.computeIfAbsent(pair, k -> new ConcurrentLinkedQueue<>())
                        .add(new Sample(unit, s.id(), s.source().strip().length(), s.target().strip().length()));
            }
        }
        return List.of();
    }

    @Override
    public List<UnitMatch> finish(CheckContext context) {
        List<UnitMatch> matches = new ArrayList<>();
        samples.forEach((pair, queue) -> {
            double usual = usual(pair, queue);
            for (Sample s : queue) {
                double relative = s.ratio() / usual;
                if (relative > factor || relative < 1 / factor) {
                    String how = relative > 1 ? "longer" : "shorter";
                    matches.add(new UnitMatch(s.unit(), new CheckMatch(s.segment(), Side.TARGET, 0, 0, String.format(Locale.ROOT,
                            "The translation is %.1f times as long as the source, much %s than usual (%.2f) for %s: "
                                    + "check for added or missing text", s.ratio(), how, usual, pair.replace(">", "→")),
                            List.of())));
                }
            }
        });
        return matches;
    }

    private static double usual(String pair, Collection<Sample> samples) {
        if (samples.size() < MIN_SAMPLES) {
            return TYPICAL.getOrDefault(pair, 1.0);
        }
        double[] ratios = samples.stream().mapToDouble(Sample::ratio).sorted().toArray();
        return ratios[ratios.length / 2];
    }
}
