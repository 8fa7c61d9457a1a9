package org.passerelle.qa.checks;

import java.util.ArrayList;
import java.util.List;
import org.passerelle.qa.AbstractCheck;
import org.passerelle.qa.CheckContext;
import org.passerelle.qa.CheckDefinition;
import org.passerelle.qa.CheckMatch;
import org.passerelle.qa.IssueType;
import org.passerelle.qa.Severity;
import org.passerelle.qa.Side;
import org.passerelle.xliff.SegmentPair;
import org.passerelle.xliff.TranslationState;
import org.passerelle.xliff.TranslationUnit;

/**
 * A segment without translation: no target, a blank one, or a unit whose state is
 * {@link TranslationState#NOT_TRANSLATED} (e.g. 1.2 new/needs-translation, our copied sources).
 */
public final class TargetEmptyCheck extends AbstractCheck {
    public static final CheckDefinition DEFINITION = CheckDefinition.of("target.empty", IssueType.UNTRANSLATED,
            Severity.ERROR, "A segment with no translation, an empty one, or a unit in a not-translated state"
                    + " (new, needs-translation, a copied source)", s -> new TargetEmptyCheck());

    public TargetEmptyCheck() {
        super(DEFINITION);
    }

    @Override
    public List<CheckMatch> check(TranslationUnit unit, CheckContext context) {
        List<CheckMatch> matches = new ArrayList<>();
        for (SegmentPair s : unit.segments()) {
            if (s.source().isBlank()) {
                continue;
            }
            if (!s.hasTarget()) {
                matches.add(new CheckMatch(s.id(), Side.TARGET, 0, 0, "Segment is not translated: add a translation", List.of()));
            } else if (s.target().isBlank()) {
                matches.add(new CheckMatch(s.id(), Side.TARGET, 0, 0, "Translation is empty: add a translation", List.of()));
            }
        }
        if (matches.isEmpty() && unit.state() == TranslationState.NOT_TRANSLATED && unit.hasTarget()) {
            String state = unit.stateValue() != null ? unit.stateValue() : "not translated";
            matches.add(new CheckMatch(unit.segments().get(0).id(), Side.TARGET, 0, 0,
                    "Target state is '" + state + "': finish the translation and set its state", List.of()));
        }
        return matches;
    }
}
