package org.passerelle.qa.checks;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.passerelle.core.lang.LanguageSupport;
import org.passerelle.core.lang.PunctuationStyle;
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
 * Typography of another language in the translation: the source's quotation marks (« » in English
 * or Vietnamese), and a space before {@code : ; ! ?} or % in a language that puts none there
 * ({@code PunctuationStyle}). French text itself, which needs those spaces, is the
 * {@code punctuation} check's.
 */
public final class LocalePunctuationCheck extends SegmentCheck {
    public static final CheckDefinition DEFINITION = CheckDefinition.of("locale.punctuation", IssueType.LOCALE_VIOLATION,
            Severity.WARNING, "Punctuation of another language in the translation: « » in English or Vietnamese, a space"
                    + " before : ; ! ? or %", s -> new LocalePunctuationCheck());
    /** A space before high punctuation or %; not the colon of a time or address, which has no space. */
    private static final Pattern SPACE_BEFORE = Pattern.compile("(?<=[\\p{L}\\p{N})\\]»”\"'])[ \\u00A0\\u202F]+([:;!?%])");

    public LocalePunctuationCheck() {
        super(DEFINITION);
    }

    @Override
    protected void checkSegment(TranslationUnit unit, SegmentPair s, CheckContext context, List<CheckMatch> matches) {
        LanguageSupport source = context.language(unit, Side.SOURCE);
        LanguageSupport target = context.language(unit, Side.TARGET);
        PunctuationStyle own = target.punctuation();
        quotes(s, source.punctuation(), own, target.name(), matches);
        if (!own.spaceBeforeHighPunctuation()) {
            Matcher m = SPACE_BEFORE.matcher(s.target());
            while (m.find()) {
                matches.add(new CheckMatch(s.id(), Side.TARGET, m.start(), m.end() - m.start(), target.name()
                        + " puts no space before '" + m.group(1) + "'", List.of(m.group(1))));
            }
        }
    }

    private static void quotes(SegmentPair s, PunctuationStyle source, PunctuationStyle own, String language,
                               List<CheckMatch> out) {
        if (source.openingQuote().equals(own.openingQuote())) {
            return;
        }
        for (String mark : List.of(source.openingQuote(), source.closingQuote())) {
            int at = s.target().indexOf(mark);
            if (at >= 0 && !own.openingQuote().equals(mark) && !own.closingQuote().equals(mark)) {
                String replacement = mark.equals(source.openingQuote()) ? own.openingQuote() : own.closingQuote();
                out.add(new CheckMatch(s.id(), Side.TARGET, at, mark.length(), "'" + mark + "' is not a quotation mark"
                        + " in " + language + ": use '" + replacement + "'", List.of(replacement)));
            }
        }
    }
}
