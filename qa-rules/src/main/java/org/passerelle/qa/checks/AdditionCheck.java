package org.passerelle.qa.checks;

import java.util.ArrayList;
import java.util.List;
import org.passerelle.qa.CheckContext;
import org.passerelle.qa.CheckDefinition;
import org.passerelle.qa.CheckMatch;
import org.passerelle.qa.CheckSettings;
import org.passerelle.qa.IssueType;
import org.passerelle.qa.Parameter;
import org.passerelle.qa.SegmentCheck;
import org.passerelle.qa.Severity;
import org.passerelle.qa.Side;
import org.passerelle.xliff.SegmentPair;
import org.passerelle.xliff.TranslationUnit;

/**
 * A sentence the translation says twice where the source says it once: pasted twice, or its start
 * repeated by a machine translation ("Ông khẳng định sẵn sàng … đơn vị. Ông khẳng định sẵn sàng …").
 * A repeated sentence counts when it has a few words and is the whole or the start of another.
 * Sentences added ({@code min-ratio}: more sentences than the source and much longer) are
 * reported too; one sentence split in two keeps the length and passes.
 */
public final class AdditionCheck extends SegmentCheck {
    public static final CheckDefinition DEFINITION = CheckDefinition.of("addition", IssueType.ADDITION,
            Severity.WARNING, "A sentence repeated in the translation (pasted twice, or its start said again) that the"
                    + " source says once, or sentences added that make it much longer", AdditionCheck::new)
            .parameter(Parameter.decimal("min-ratio", "1.6", "a translation with more sentences than its source is"
                    + " reported when longer than this many times the source's length"));
    private static final int MIN_WORDS = 4;

    private final double minRatio;

    public AdditionCheck(CheckSettings settings) {
        super(DEFINITION);
        this.minRatio = settings.decimal("min-ratio");
    }

    @Override
    protected void checkSegment(TranslationUnit unit, SegmentPair s, CheckContext context, List<CheckMatch> matches) {
        int sourceSentences = Sentences.of(s.source()).size();
        int targetSentences = Sentences.of(s.target()).size();
        double ratio = (double) s.target().strip().length() / ExpandedLength.of(unit, s, context);
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
        }
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
