package org.passerelle.qa.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
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
 * A sentence the translation says twice where the source says it once: pasted twice, or its start
 * repeated by a machine translation ("Ông khẳng định sẵn sàng … đơn vị. Ông khẳng định sẵn sàng …").
 * A repeated sentence counts when it has a few words and is the whole or the start of another.
 * Sentences added ({@code min-ratio}: more sentences than the source and much longer) are
 * reported too; one sentence split in two keeps the length and passes. So is a sentence a machine
 * translation adds at the end ("This is an important step forward in bilateral relations."), which
 * makes the translation only a third longer: its sentences before the added ones are already as
 * long as the run's usual rendering of the whole source ({@code covered-ratio}), and all of it is
 * longer than usual ({@code added-ratio}). A split sentence fails the first test, a wordy rendering
 * the second; "usual" is the run's median ratio, known only when the run is over.
 */
public final class AdditionCheck extends SegmentCheck implements RunWideCheck {
    public static final CheckDefinition DEFINITION = CheckDefinition.of("addition", IssueType.ADDITION,
            Severity.WARNING, "A sentence repeated in the translation (pasted twice, or its start said again) that the"
                    + " source says once, or sentences added that make it much longer or follow a translation of"
                    + " the whole source", AdditionCheck::new)
            .parameter(Parameter.decimal("min-ratio", "1.6", "a translation with more sentences than its source is"
                    + " reported when longer than this many times the source's length"))
            .parameter(Parameter.decimal("added-ratio", "1.25", "a translation with more sentences than its source"
                    + " is also reported when longer than this many times the run's usual ratio, if its sentences"
                    + " before the added ones are as long as covered-ratio times the usual ratio"))
            .parameter(Parameter.decimal("covered-ratio", "0.8", "see added-ratio: how much of the usual length"
                    + " the translation without its added sentences must have to render the whole source"));
    private static final int MIN_WORDS = 4;
    /** Shorter sources (titles, datelines) say little about a language pair's ratio. */
    private static final int MIN_SOURCE = 30;

    /** A translation with more sentences than its source: lengths of the source, the whole and its first sentences. */
    private record Candidate(TranslationUnit unit, String segment, int source, int whole, int covered, int addedAt, int addedLength) {
    }

    private final double minRatio;
    private final double addedRatio;
    private final double coveredRatio;
    private final RunRatios ratios = new RunRatios();
    private final Queue<Candidate> candidates = new ConcurrentLinkedQueue<>();

    public AdditionCheck(CheckSettings settings) {
        super(DEFINITION);
        this.minRatio = settings.decimal("min-ratio");
        this.addedRatio = settings.decimal("added-ratio");
        this.coveredRatio = settings.decimal("covered-ratio");
    }

    @Override
    protected void checkSegment(TranslationUnit unit, SegmentPair s, CheckContext context, List<CheckMatch> matches) {
        int sourceSentences = Sentences.of(s.source()).size();
        List<String> target = Sentences.of(s.target());
        int sourceLength = ExpandedLength.of(unit, s, context);
        double ratio = (double) s.target().strip().length() / sourceLength;
        if (s.source().strip().length() >= MIN_SOURCE) {
            ratios.add(RunRatios.pair(unit), ratio);
        }
        int targetSentences = target.size();
        if (targetSentences > sourceSentences && ratio > minRatio) {
            matches.add(new CheckMatch(s.id(), Side.TARGET, 0, 0, "The translation has " + targetSentences + " sentences"
                    + " where the source has " + sourceSentences + ", and is much longer: remove what the source does not say",
                    List.of()));
            return;
        }
        if (repeated(s.source()) != null) {
            return;
        }
        String again = repeated(s.target());
        if (again != null) {
            int at = s.target().lastIndexOf(again);
            matches.add(new CheckMatch(s.id(), Side.TARGET, Math.max(0, at), again.length(),
                    "This sentence repeats what the translation already says; the source says it once: remove it",
                    List.of()));
            return;
        }
        Optional<TextWord[]> twice = saidTwice(s.target());
        if (twice.isPresent() && saidTwice(s.source()).isEmpty()) {
            TextWord[] span = twice.get();
            matches.add(new CheckMatch(s.id(), Side.TARGET, span[0].start(), span[1].end() - span[0].start(),
                    "These words repeat the ones just before them; the source says them once: remove them", List.of()));
            return;
        }
        if (targetSentences > sourceSentences && s.source().strip().length() >= MIN_SOURCE) {
            candidates.add(candidate(unit, s, sourceLength, target.subList(sourceSentences, targetSentences)));
        }
    }

    private static Candidate candidate(TranslationUnit unit, SegmentPair s, int sourceLength, List<String> added) {
        String text = s.target().strip();
        int at = text.lastIndexOf(added.get(0));
        int addedAt = at < 0 ? text.length() : at;
        int offset = s.target().indexOf(text);
        return new Candidate(unit, s.id(), sourceLength, text.length(), text.substring(0, addedAt).strip().length(),
                offset + addedAt, text.length() - addedAt);
    }

    @Override
    public List<UnitMatch> finish(CheckContext context) {
        List<UnitMatch> matches = new ArrayList<>();
        for (Candidate c : candidates) {
            double usual = ratios.usual(RunRatios.pair(c.unit()));
            if (c.whole() > addedRatio * usual * c.source() && c.covered() >= coveredRatio * usual * c.source()) {
                matches.add(new UnitMatch(c.unit(), new CheckMatch(c.segment(), Side.TARGET, c.addedAt(), c.addedLength(),
                        "The translation says the whole source before this; the source does not say it: remove it",
                        List.of())));
            }
        }
        return matches;
    }

    /**
     * The first and last word of a run of {@value #MIN_WORDS} words or more said again right after
     * itself, inside a sentence ("Vietnam will continue to send personnel, Vietnam will continue to
     * send personnel to attend courses"): a post-editor's paste or an MT stutter.
     */
    private static Optional<TextWord[]> saidTwice(String text) {
        List<TextWord> words = TextWord.of(text);
        List<String> folded = words.stream().map(w -> WordFolding.fold(w.text())).toList();
        for (int i = 0; i < folded.size(); i++) {
            for (int n = MIN_WORDS; i + 2 * n <= folded.size(); n++) {
                if (folded.subList(i, i + n).equals(folded.subList(i + n, i + 2 * n))) {
                    return Optional.of(new TextWord[] {words.get(i + n), words.get(i + 2 * n - 1)});
                }
            }
        }
        return Optional.empty();
    }

    /** The later of two sentences one of which is the other or its start, or null. */
    private static String repeated(String text) {
        List<String> sentences = Sentences.of(text);
        List<List<String>> words = new ArrayList<>();
        sentences.forEach(x -> words.add(WordSequence.of(x)));
        for (int i = 1; i < sentences.size(); i++) {
            for (int j = 0; j < i; j++) {
                List<String> shorter = words.get(i).size() <= words.get(j).size() ? words.get(i) : words.get(j);
                List<String> longer = shorter == words.get(i) ? words.get(j) : words.get(i);
                if (shorter.size() >= MIN_WORDS && longer.subList(0, shorter.size()).equals(shorter)) {
                    return sentences.get(i);
                }
            }
        }
        return null;
    }
}
