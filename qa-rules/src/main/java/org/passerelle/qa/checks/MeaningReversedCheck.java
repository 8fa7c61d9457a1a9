package org.passerelle.qa.checks;

import java.util.List;
import java.util.regex.Matcher;
import org.passerelle.core.Languages;
import org.passerelle.core.lang.Opposites;
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
 * A source word translated by its opposite ("l'année prochaine" as "last year", "reportée" as
 * "cancelled", "à l'issue de" as "at the outset of"): the translation renders the opposite and not
 * the word, and no other source word asks for the opposite. The words and their renderings are the
 * target language's data ({@code LanguageSupport.opposites}), kept to those whose opposite is nearly
 * never right, so that the check stays quiet on free translations; a warning, as negation is.
 */
public final class MeaningReversedCheck extends SegmentCheck {
    public static final CheckDefinition DEFINITION = CheckDefinition.of("meaning.reversed", IssueType.MISTRANSLATION,
            Severity.WARNING, "A source word translated by its opposite (\"l'année prochaine\" as \"last year\","
                    + " \"reportée\" as \"cancelled\"), unless the translation also renders the word or the source has the opposite",
            s -> new MeaningReversedCheck());

    public MeaningReversedCheck() {
        super(DEFINITION);
    }

    @Override
    protected void checkSegment(TranslationUnit unit, SegmentPair s, CheckContext context, List<CheckMatch> matches) {
        Opposites opposites = context.language(unit, Side.TARGET).opposites(Languages.primary(unit.sourceLanguage()));
        for (Opposites.Pair pair : opposites.pairs()) {
            pair.find(s.source(), s.target()).ifPresent(m -> matches.add(match(s, pair, m)));
        }
    }

    private static CheckMatch match(SegmentPair s, Opposites.Pair pair, Matcher m) {
        return new CheckMatch(s.id(), Side.TARGET, m.start(), m.end() - m.start(), "'" + m.group() + "' says the opposite of '"
                + pair.word(s.source()) + "', which means " + pair.meaning() + ": check the meaning", List.of());
    }
}
