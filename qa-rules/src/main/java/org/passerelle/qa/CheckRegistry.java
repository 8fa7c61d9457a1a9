package org.passerelle.qa;

import java.util.ArrayList;
import java.util.List;
import org.passerelle.qa.checks.GrammarCheck;
import org.passerelle.qa.checks.LengthCheck;
import org.passerelle.qa.checks.NumberMismatchCheck;
import org.passerelle.qa.checks.PunctuationCheck;
import org.passerelle.qa.checks.RepeatedWordsCheck;
import org.passerelle.qa.checks.SameAsSourceCheck;
import org.passerelle.qa.checks.SourceConsistencyCheck;
import org.passerelle.qa.checks.SpellingCheck;
import org.passerelle.qa.checks.TagsMismatchCheck;
import org.passerelle.qa.checks.TargetConsistencyCheck;
import org.passerelle.qa.checks.TargetEmptyCheck;
import org.passerelle.qa.checks.TargetReviewCheck;
import org.passerelle.qa.checks.TermForbiddenCheck;
import org.passerelle.qa.checks.TermRequiredCheck;
import org.passerelle.qa.checks.ViNormalizationCheck;
import org.passerelle.qa.checks.ViSpellingCheck;
import org.passerelle.qa.checks.ViSyllableCheck;
import org.passerelle.qa.checks.ViTonePlacementCheck;
import org.passerelle.qa.checks.WhitespaceCheck;

/** The built-in checks: the one place that knows them all. */
public final class CheckRegistry {
    private CheckRegistry() {
    }

    public static List<CheckDefinition> all() {
        return List.of(
                new CheckDefinition(TargetEmptyCheck.ID, s -> new TargetEmptyCheck()),
                new CheckDefinition(TargetReviewCheck.ID, s -> new TargetReviewCheck()),
                new CheckDefinition(TermRequiredCheck.ID, s -> new TermRequiredCheck()),
                new CheckDefinition(TermForbiddenCheck.ID, s -> new TermForbiddenCheck()),
                new CheckDefinition(NumberMismatchCheck.ID, s -> new NumberMismatchCheck()),
                new CheckDefinition(SpellingCheck.ID, SpellingCheck::new),
                new CheckDefinition(GrammarCheck.ID, GrammarCheck::new),
                new CheckDefinition(TagsMismatchCheck.ID, s -> new TagsMismatchCheck()),
                new CheckDefinition(SameAsSourceCheck.ID, SameAsSourceCheck::new),
                new CheckDefinition(WhitespaceCheck.ID, s -> new WhitespaceCheck()),
                new CheckDefinition(PunctuationCheck.ID, PunctuationCheck::new),
                new CheckDefinition(RepeatedWordsCheck.ID, s -> new RepeatedWordsCheck()),
                new CheckDefinition(LengthCheck.ID, LengthCheck::new),
                new CheckDefinition(TargetConsistencyCheck.ID, s -> new TargetConsistencyCheck()),
                new CheckDefinition(SourceConsistencyCheck.ID, s -> new SourceConsistencyCheck()),
                new CheckDefinition(ViNormalizationCheck.ID, s -> new ViNormalizationCheck()),
                new CheckDefinition(ViTonePlacementCheck.ID, ViTonePlacementCheck::new),
                new CheckDefinition(ViSyllableCheck.ID, s -> new ViSyllableCheck()),
                new CheckDefinition(ViSpellingCheck.ID, ViSpellingCheck::new));
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
