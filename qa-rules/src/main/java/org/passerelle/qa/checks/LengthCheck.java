package org.passerelle.qa.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.passerelle.core.lang.LanguageSupport;
import org.passerelle.qa.CheckContext;
import org.passerelle.qa.CheckDefinition;
import org.passerelle.qa.CheckMatch;
import org.passerelle.qa.CheckSettings;
import org.passerelle.qa.IssueType;
import org.passerelle.qa.Parameter;
import org.passerelle.qa.RunWideCheck;
import org.passerelle.qa.SegmentCheck;
import org.passerelle.qa.Severity;
import org.passerelle.qa.Side;
import org.passerelle.qa.UnitMatch;
import org.passerelle.xliff.SegmentPair;
import org.passerelle.xliff.TranslationUnit;

/**
 * A translation far longer or shorter than usual for its language pair, a sign of text added,
 * dropped or pasted twice. "Usual" is the median target/source length ratio of the run (per
 * language pair), or a built-in ratio when the run has too few segments to tell. Acronyms the
 * translation expands count at the length of their expansion ({@link ExpandedLength}).
 */
public final class LengthCheck extends SegmentCheck implements RunWideCheck {
    public static final CheckDefinition DEFINITION = CheckDefinition.of("length", IssueType.LENGTH,
            Severity.WARNING, "A translation far longer or shorter than usual for the language pair in this run (the"
                    + " run's median ratio), or cut short after a word that needs another (\"on the basis of\")", LengthCheck::new)
            .parameter(Parameter.decimal("max-factor", "2.0",
                    "report when target/source length differs from the run's median ratio by more than this factor"))
            .parameter(Parameter.integer("min-source-length", 30,
                    "ignore source segments shorter than this many characters (titles, datelines)"));

    private record Sample(TranslationUnit unit, String segment, int source, int target, boolean sentence) {
        double ratio() {
            return (double) target / source;
        }
    }

    /**
     * A short sentence said concisely ("Trade grew 15% last year.") is as short, by ratio, as a long
     * one with a clause dropped: a sentence's translation is too short only when this many characters
     * are missing. A headline, whose every word counts, is held to the ratio alone.
     */
    private static final int MIN_SHORTFALL = 40;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…:;][\"'’”»)\\]]*$");
    /** The last word, or the last two or three ("trên cơ sở"): a function word may be a phrase. */
    private static final Pattern LAST_WORDS = Pattern.compile(
            "(?<![\\p{L}\\p{M}])((?:\\p{Ll}[\\p{L}\\p{M}]*\\s+){0,2}\\p{Ll}[\\p{L}\\p{M}]*)$");
    private static final Pattern WORD_START = Pattern.compile("(?<!\\S)\\S");

    private final double factor;
    private final int minSource;
    private final Map<String, Queue<Sample>> samples = new ConcurrentHashMap<>();
    private final RunRatios ratios = new RunRatios();

    public LengthCheck(CheckSettings settings) {
        super(DEFINITION);
        this.factor = settings.decimal("max-factor");
        this.minSource = settings.integer("min-source-length");
    }

    /** Sees the plain text and its codes: it measures the text as written. */
    @Override
    protected boolean readsRenderedText() {
        return false;
    }

    @Override
    protected void checkSegment(TranslationUnit unit, SegmentPair s, CheckContext context, List<CheckMatch> matches) {
        truncated(s, context.language(unit, Side.TARGET)).ifPresent(matches::add);
        String pair = RunRatios.pair(unit);
        if (s.source().strip().length() >= minSource) {
            Sample sample = new Sample(unit, s.id(), ExpandedLength.of(unit, s, context), s.target().strip().length(),
                    SENTENCE_END.matcher(s.source().strip()).find());
            samples.computeIfAbsent(pair, k -> new ConcurrentLinkedQueue<>()).add(sample);
            ratios.add(pair, sample.ratio());
        }
    }

    /**
     * A translation that stops after a word that needs another after it ("on the basis of", "và"),
     * without the full stop its source ends with: a machine translation cut short, however long the
     * rest of it is. The words are the target language's function words.
     */
    private static Optional<CheckMatch> truncated(SegmentPair s, LanguageSupport target) {
        String source = s.source().strip();
        String text = s.target().strip();
        Matcher last = LAST_WORDS.matcher(text);
        if (!SENTENCE_END.matcher(source).find() || SENTENCE_END.matcher(text).find() || !last.find()) {
            return Optional.empty();
        }
        // The longest phrase first: "trên cơ sở" (on the basis of) is one, though "sở" alone is none.
        Matcher word = WORD_START.matcher(last.group(1));
        while (word.find()) {
            String cut = last.group(1).substring(word.start());
            if (target.functionWords().contains(cut.replaceAll("\\s+", " "))) {
                int at = s.target().indexOf(text) + last.start(1) + word.start();
                return Optional.of(new CheckMatch(s.id(), Side.TARGET, at, cut.length(), "The translation stops after '"
                        + cut + "', where its source ends a sentence: translate the rest", List.of()));
            }
        }
        return Optional.empty();
    }

    @Override
    public List<UnitMatch> finish(CheckContext context) {
        List<UnitMatch> matches = new ArrayList<>();
        samples.forEach((pair, queue) -> {
            double usual = ratios.usual(pair);
            for (Sample s : queue) {
                double relative = s.ratio() / usual;
                boolean shorter = relative < 1 / factor && (!s.sentence() || usual * s.source() - s.target() >= MIN_SHORTFALL);
                if (relative > factor || shorter) {
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
}
