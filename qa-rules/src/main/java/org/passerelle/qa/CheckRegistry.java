package org.passerelle.qa;

import java.util.ArrayList;
import java.util.List;
import org.passerelle.qa.checks.GrammarCheck;
import org.passerelle.qa.checks.NumberMismatchCheck;
import org.passerelle.qa.checks.SpellingCheck;
import org.passerelle.qa.checks.TargetEmptyCheck;
import org.passerelle.qa.checks.TermForbiddenCheck;
import org.passerelle.qa.checks.TermRequiredCheck;

/** The built-in checks: the one place that knows them all. */
public final class CheckRegistry {
    private CheckRegistry() {
    }

    public static List<CheckDefinition> all() {
        return List.of(
                new CheckDefinition(TargetEmptyCheck.ID, s -> new TargetEmptyCheck()),
                new CheckDefinition(TermRequiredCheck.ID, s -> new TermRequiredCheck()),
                new CheckDefinition(TermForbiddenCheck.ID, s -> new TermForbiddenCheck()),
                new CheckDefinition(NumberMismatchCheck.ID, s -> new NumberMismatchCheck()),
                new CheckDefinition(SpellingCheck.ID, SpellingCheck::new),
                new CheckDefinition(GrammarCheck.ID, GrammarCheck::new));
    }

    /** The checks {@code profile} enables, in definition order. */
    public static List<Check> create(Profile profile, List<CheckDefinition> definitions) {
        List<Check> checks = new ArrayList<>();
        for (CheckDefinition d : definitions) {
            if (profile.enabled(d.id())) {
                checks.add(d.factory().apply(profile.settings(d.id())));
            }
        }
        return checks;
    }
}
