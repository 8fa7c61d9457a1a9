package org.passerelle.qa;

import java.util.List;
import org.passerelle.qa.checks.AcronymMismatchCheck;
import org.passerelle.qa.checks.AdditionCheck;
import org.passerelle.qa.checks.CountryMismatchCheck;
import org.passerelle.qa.checks.DateMismatchCheck;
import org.passerelle.qa.checks.FalseFriendCheck;
import org.passerelle.qa.checks.MeaningReversedCheck;
import org.passerelle.qa.checks.GrammarCheck;
import org.passerelle.qa.checks.HeadlineCaseCheck;
import org.passerelle.qa.checks.LengthCheck;
import org.passerelle.qa.checks.LocaleNumberCheck;
import org.passerelle.qa.checks.LocalePunctuationCheck;
import org.passerelle.qa.checks.NameMismatchCheck;
import org.passerelle.qa.checks.NegationCheck;
import org.passerelle.qa.checks.NumberMismatchCheck;
import org.passerelle.qa.checks.OmissionCheck;
import org.passerelle.qa.checks.PunctuationCheck;
import org.passerelle.qa.checks.RepeatedWordsCheck;
import org.passerelle.qa.checks.RolesSwappedCheck;
import org.passerelle.qa.checks.SameAsSourceCheck;
import org.passerelle.qa.checks.SegmentLengthCheck;
import org.passerelle.qa.checks.SentenceStartCaseCheck;
import org.passerelle.qa.checks.SourceConsistencyCheck;
import org.passerelle.qa.checks.SpellingCheck;
import org.passerelle.qa.checks.TagsMismatchCheck;
import org.passerelle.qa.checks.TargetConsistencyCheck;
import org.passerelle.qa.checks.TargetEmptyCheck;
import org.passerelle.qa.checks.TargetReviewCheck;
import org.passerelle.qa.checks.TermCaseCheck;
import org.passerelle.qa.checks.TermForbiddenCheck;
import org.passerelle.qa.checks.TermRequiredCheck;
import org.passerelle.qa.checks.UntranslatedWordsCheck;
import org.passerelle.qa.checks.VerbatimCheck;
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
                FileCheck.UNREADABLE,
                FileCheck.TARGET_LANGUAGE,
                FileCheck.DUPLICATE_ID,
                TargetEmptyCheck.DEFINITION,
                TargetReviewCheck.DEFINITION,
                TermRequiredCheck.DEFINITION,
                TermForbiddenCheck.DEFINITION,
                NumberMismatchCheck.DEFINITION,
                DateMismatchCheck.DEFINITION,
                NameMismatchCheck.DEFINITION,
                AcronymMismatchCheck.DEFINITION,
                VerbatimCheck.DEFINITION,
                UntranslatedWordsCheck.DEFINITION,
                OmissionCheck.DEFINITION,
                AdditionCheck.DEFINITION,
                NegationCheck.DEFINITION,
                FalseFriendCheck.DEFINITION,
                MeaningReversedCheck.DEFINITION,
                CountryMismatchCheck.DEFINITION,
                RolesSwappedCheck.DEFINITION,
                SpellingCheck.DEFINITION,
                GrammarCheck.DEFINITION,
                TagsMismatchCheck.DEFINITION,
                SameAsSourceCheck.DEFINITION,
                WhitespaceCheck.DEFINITION,
                PunctuationCheck.DEFINITION,
                LocalePunctuationCheck.DEFINITION,
                LocaleNumberCheck.DEFINITION,
                SentenceStartCaseCheck.DEFINITION,
                HeadlineCaseCheck.DEFINITION,
                TermCaseCheck.DEFINITION,
                RepeatedWordsCheck.DEFINITION,
                LengthCheck.DEFINITION,
                SegmentLengthCheck.DEFINITION,
                TargetConsistencyCheck.DEFINITION,
                SourceConsistencyCheck.DEFINITION,
                ViNormalizationCheck.DEFINITION,
                ViTonePlacementCheck.DEFINITION,
                ViSyllableCheck.DEFINITION,
                ViSpellingCheck.DEFINITION);
    }
}
