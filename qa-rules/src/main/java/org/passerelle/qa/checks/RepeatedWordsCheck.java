package org.passerelle.qa.checks;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.passerelle.core.lang.LanguageSupport;
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
 * A word or a two-word phrase typed twice ("du du", "the the", "hai Đảng hai Đảng"), on both
 * sides: a doubled word in the French copy is reported to the French desk. Doublings that the
 * language's grammar allows ("nous nous", "had had") are not; in a language that reduplicates
 * (Vietnamese "từ từ", "ngày ngày") only the words it never doubles are ("và và", "của của":
 * {@code LanguageSupport.notReduplicated}).
 */
public final class RepeatedWordsCheck extends SegmentCheck {
    public static final CheckDefinition DEFINITION = CheckDefinition.of("words.repeated", IssueType.DUPLICATION,
            Severity.WARNING, "A word or two-word phrase typed twice (\"du du\", \"the the\", \"và và\"), on both sides;"
                    + " Vietnamese reduplication (\"từ từ\") passes", s -> new RepeatedWordsCheck())
            .sourceSeverity(Severity.INFO);
    private static final Pattern DOUBLE = Pattern.compile(
            "(?<![\\p{L}\\p{M}])([\\p{L}\\p{M}]+)[ \\u00A0\\u202F]+(\\1)(?![\\p{L}\\p{M}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DOUBLE_PHRASE = Pattern.compile(
            "(?<![\\p{L}\\p{M}])([\\p{L}\\p{M}]+[ \\u00A0\\u202F]+[\\p{L}\\p{M}]+)[ \\u00A0\\u202F]+(\\1)(?![\\p{L}\\p{M}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    public RepeatedWordsCheck() {
        super(DEFINITION);
    }

    @Override
    protected void checkSource(TranslationUnit unit, SegmentPair s, CheckContext context, List<CheckMatch> matches) {
        find(s.id(), Side.SOURCE, s.source(), context.language(unit, Side.SOURCE), matches);
    }

    @Override
    protected void checkSegment(TranslationUnit unit, SegmentPair s, CheckContext context, List<CheckMatch> matches) {
        find(s.id(), Side.TARGET, s.target(), context.language(unit, Side.TARGET), matches);
    }

    private static void find(String segment, Side side, String text, LanguageSupport language, List<CheckMatch> out) {
        if (text == null) {
            return;
        }
        Matcher m = DOUBLE.matcher(text);
        while (m.find()) {
            String word = m.group(1);
            if (typo(word.toLowerCase(Locale.ROOT), language)) {
                out.add(new CheckMatch(segment, side, m.start(), m.end() - m.start(),
                        "'" + word + "' is repeated: delete one", List.of(word)));
            }
        }
        Matcher p = DOUBLE_PHRASE.matcher(text);
        while (p.find()) {
            out.add(new CheckMatch(segment, side, p.start(), p.end() - p.start(),
                    "'" + p.group(1) + "' is repeated: delete one", List.of(p.group(1))));
        }
    }

    private static boolean typo(String word, LanguageSupport language) {
        if (language.reduplicates()) {
            return language.notReduplicated().contains(word);
        }
        return !language.allowedRepeats().contains(word) && (word.length() > 1 || Character.isLetter(word.charAt(0)));
    }
}
