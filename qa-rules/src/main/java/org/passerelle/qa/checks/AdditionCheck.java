package org.passerelle.qa.checks;

import java.util.ArrayList;
import java.util.List;
import org.passerelle.qa.CheckContext;
import org.passerelle.qa.CheckDefinition;
import org.passerelle.qa.CheckMatch;
import org.passerelle.qa.IssueType;
import org.passerelle.qa.SegmentCheck;
import org.passerelle.qa.Severity;
import org.passerelle.qa.Side;
import org.passerelle.xliff.SegmentPair;
import org.passerelle.xliff.TranslationUnit;

/**
 * A sentence the translation says twice where the source says it once: pasted twice, or its start
 * repeated by a machine translation ("Ông khẳng định sẵn sàng … đơn vị. Ông khẳng định sẵn sàng …").
 * A repeated sentence counts when it has a few words and is the whole or the start of another.
 */
public final class AdditionCheck extends SegmentCheck {
    public static final CheckDefinition DEFINITION = CheckDefinition.of("addition", IssueType.ADDITION,
            Severity.WARNING, "A sentence repeated in the translation (pasted twice, or its start said again) that the"
                    + " source says once", s -> new AdditionCheck());
    private static final int MIN_WORDS = 4;

    public AdditionCheck() {
        super(DEFINITION);
    }

    @Override
    protected void checkSegment(TranslationUnit unit, SegmentPair s, CheckContext context, List<CheckMatch> matches) {
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

    /** The first sentence that is another, earlier one or its start, or null. */
    private static String repeated(String text) {
        List<String> sentences = Sentences.of(text);
        List<List<String>> words = new ArrayList<>();
        sentences.forEach(x -> words.add(WordSequence.of(x)));
        for (int i = 1; i < sentences.size(); i++) {
            List<String> later = words.get(i);
            if (later.size() < MIN_WORDS) {
                continue;
            }
            for (int j = 0; j < i; j++) {
                List<String> earlier = words.get(j);
                if (earlier.size() >= later.size() && earlier.subList(0, later.size()).equals(later)) {
                    return sentences.get(i);
                }
            }
        }
        return null;
    }
}
