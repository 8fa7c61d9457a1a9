package org.passerelle.qa.checks;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.passerelle.core.lang.Feature;
import org.passerelle.glossary.Term;
import org.passerelle.glossary.Termbase;
import org.passerelle.qa.CheckContext;
import org.passerelle.qa.CheckDefinition;
import org.passerelle.qa.CheckMatch;
import org.passerelle.qa.CheckSettings;
import org.passerelle.qa.IssueType;
import org.passerelle.qa.LanguageScope;
import org.passerelle.qa.Parameter;
import org.passerelle.qa.RunWideCheck;
import org.passerelle.qa.SegmentCheck;
import org.passerelle.qa.Severity;
import org.passerelle.qa.Side;
import org.passerelle.qa.UnitMatch;
import org.passerelle.qa.vi.ToneStyle;
import org.passerelle.qa.vi.ViWords;
import org.passerelle.xliff.SegmentPair;
import org.passerelle.xliff.TranslationUnit;

/**
 * The two tone-mark conventions for oa, oe, uy ("hoà" / "hòa") mixed in one run. The preferred
 * style is the profile's; if the profile says auto, the termbase's (the style its Vietnamese terms
 * use), else the majority of the run. A run consistent in the preferred style raises nothing.
 */
public final class ViTonePlacementCheck extends SegmentCheck implements RunWideCheck {
    public static final CheckDefinition DEFINITION = CheckDefinition.of("vi.tone-placement", IssueType.INCONSISTENCY,
            Severity.WARNING, "The two tone-mark styles for oa, oe, uy mixed in one run: main-vowel (\"hoà\", \"thuỷ\")"
                    + " or first-vowel (\"hòa\", \"thủy\")", ViTonePlacementCheck::new)
            .parameter(Parameter.oneOf("style", List.of("auto", "main-vowel", "first-vowel"), "auto",
                    "auto: the style of the termbase's Vietnamese terms, else the majority style of the run"))
            .languages(LanguageScope.VIETNAMESE);

    private record Use(TranslationUnit unit, String segment, ViWords.Word word, ToneStyle style) {
    }

    private final String configured;
    private final Queue<Use> uses = new ConcurrentLinkedQueue<>();

    public ViTonePlacementCheck(CheckSettings settings) {
        super(DEFINITION);
        this.configured = settings.string("style");
    }

    @Override
    protected boolean appliesTo(TranslationUnit unit, CheckContext context) {
        return context.language(unit, Side.TARGET).has(Feature.VIETNAMESE_SYLLABLES);
    }

    @Override
    protected void checkSegment(TranslationUnit unit, SegmentPair s, CheckContext context, List<CheckMatch> matches) {
        for (ViWords.Word w : ViWords.of(s.target())) {
            ToneStyle style = ToneStyle.of(w.text());
            if (style != null) {
                uses.add(new Use(unit, s.id(), w, style));
            }
        }
    }

    @Override
    public List<UnitMatch> finish(CheckContext context) {
        Map<ToneStyle, Integer> counts = count(uses.stream().map(Use::style).toList());
        if (counts.size() < 2 && configured.equals("auto") && termbaseStyle(context) == null) {
            return List.of();
        }
        ToneStyle preferred = preferred(context, counts);
        String why = configured.equals("auto") ? (termbaseStyle(context) != null ? "the termbase's style" : "the style most of the run uses")
                : "the profile's style";
        List<UnitMatch> matches = new ArrayList<>();
        for (Use u : uses) {
            if (u.style() != preferred) {
                String fixed = preferred.respell(u.word().text());
                matches.add(new UnitMatch(u.unit(), new CheckMatch(u.segment(), Side.TARGET, u.word().start(),
                        u.word().text().length(), "'" + u.word().text() + "' places the tone mark in the " + u.style().id()
                        + " style; " + why + " is " + preferred.id() + ": write '" + fixed + "'", List.of(fixed))));
            }
        }
        return matches;
    }

    private ToneStyle preferred(CheckContext context, Map<ToneStyle, Integer> counts) {
        if (!configured.equals("auto")) {
            return configured.equals("first-vowel") ? ToneStyle.FIRST_VOWEL : ToneStyle.MAIN_VOWEL;
        }
        ToneStyle fromTermbase = termbaseStyle(context);
        if (fromTermbase != null) {
            return fromTermbase;
        }
        return counts.getOrDefault(ToneStyle.FIRST_VOWEL, 0) > counts.getOrDefault(ToneStyle.MAIN_VOWEL, 0)
                ? ToneStyle.FIRST_VOWEL : ToneStyle.MAIN_VOWEL;
    }

    private static ToneStyle termbaseStyle(CheckContext context) {
        Termbase tb = context.termbase().orElse(null);
        if (tb == null) {
            return null;
        }
        List<ToneStyle> styles = new ArrayList<>();
        tb.concepts().forEach(c -> {
            for (Term t : c.terms()) {
                if (!context.language(t.language()).has(Feature.VIETNAMESE_SYLLABLES)) {
                    continue;
                }
                ViWords.of(t.text()).forEach(w -> {
                    ToneStyle s = ToneStyle.of(w.text());
                    if (s != null) {
                        styles.add(s);
                    }
                });
            }
        });
        Map<ToneStyle, Integer> counts = count(styles);
        if (counts.isEmpty()) {
            return null;
        }
        return counts.getOrDefault(ToneStyle.FIRST_VOWEL, 0) > counts.getOrDefault(ToneStyle.MAIN_VOWEL, 0)
                ? ToneStyle.FIRST_VOWEL : ToneStyle.MAIN_VOWEL;
    }

    private static Map<ToneStyle, Integer> count(List<ToneStyle> styles) {
        Map<ToneStyle, Integer> counts = new EnumMap<>(ToneStyle.class);
        styles.forEach(s -> counts.merge(s, 1, Integer::sum));
        return counts;
    }
}
