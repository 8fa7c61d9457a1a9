package org.passerelle.qa.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.passerelle.qa.AbstractCheck;
import org.passerelle.qa.CheckContext;
import org.passerelle.qa.CheckDefinition;
import org.passerelle.qa.CheckMatch;
import org.passerelle.qa.IssueType;
import org.passerelle.qa.Severity;
import org.passerelle.qa.Side;
import org.passerelle.xliff.SegmentPair;
import org.passerelle.xliff.TranslationUnit;

/** A segment without translation: no target, a blank one, or a state saying it is not done. */
public final class TargetEmptyCheck extends AbstractCheck {
    public static final CheckDefinition DEFINITION = CheckDefinition.of("target.empty", IssueType.UNTRANSLATED,
            Severity.ERROR, "A segment with no translation, an empty one, or in state new / needs-translation",
            s -> new TargetEmptyCheck());
    // Not XLIFF 2's "initial": it is also what a 2.x segment without a state attribute reads as, and
    // many tools write translated targets without one. Our own copied-source targets read as
    // needs-translation (their sub-state says so), so they are still reported.
    private static final Set<String> UNTRANSLATED = Set.of("new", "needs-translation");

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
        if (matches.isEmpty() && unit.state() != null && UNTRANSLATED.contains(unit.state()) && !unit.segments().isEmpty()) {
            matches.add(new CheckMatch(unit.segments().get(0).id(), Side.TARGET, 0, 0,
                    "Target state is '" + unit.state() + "': finish the translation and set its state", List.of()));
        }
        return matches;
    }
}
