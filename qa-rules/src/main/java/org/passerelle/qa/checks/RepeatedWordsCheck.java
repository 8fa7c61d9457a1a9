package org.passerelle.qa.checks;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
import org.passerelle.qa.vi.CompoundWords;
import org.passerelle.xliff.SegmentPair;
import org.passerelle.xliff.TranslationUnit;

/**
 * A word or a two-word phrase typed twice ("du du", "the the", "hai Đảng hai Đảng"), on both
 * sides: a doubled word in the French copy is reported to the French desk. Doublings that the
 * language's grammar allows ("nous nous", "had had") are not; in a language that reduplicates
 * (Vietnamese "từ từ", "ngày ngày") only the words it never doubles are ("và và", "của của":
 * {@code LanguageSupport.notReduplicated}), and a doubled word whose first copy ends a word of two
 * syllables while the second starts none ("cán bộ bộ Cuba": {@code LanguageSupport.compoundWords}):
 * a reduplication stands as a word of its own, it does not hang on the end of another.
 */
public final class RepeatedWordsCheck extends SegmentCheck {
    public static final CheckDefinition DEFINITION = CheckDefinition.of("words.repeated", IssueType.DUPLICATION,
            Severity.WARNING, "A word or two-word phrase typed twice (\"du du\", \"the the\", \"và và\"), on both sides;"
                    + " Vietnamese reduplication (\"từ từ\") passes", s -> new RepeatedWordsCheck())
            .sourceSeverity(Severity.INFO);
    private static final Pattern DOUBLE = Pattern.compile(
            "(?<![\\p{L}\\p{M}])([\\p{L}\\p{M}]+)[ \\u00A0\\u202F]+(\\1)(?![\\p{L}\\p{M}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern WORD_BEFORE = Pattern.compile("([\\p{L}\\p{M}]+)[ \\u00A0\\u202F]+$");
    private static final Pattern WORD_AFTER = Pattern.compile("^[ \\u00A0\\u202F]+([\\p{L}\\p{M}]+)");
    private static final Pattern DOUBLE_PHRASE = Pattern.compile(
            "(?<![\\p{L}\\p{M}])([\\p{L}\\p{M}]+[ \\u00A0\\u202F]+[\\p{L}\\p{M}]+)[ \\u00A0\\u202F]+(\\1)(?![\\p{L}\\p{M}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final Map<String, CompoundWords> compounds = new ConcurrentHashMap<>();

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

    private void find(String segment, Side side, String text, LanguageSupport language, List<CheckMatch> out) {
        if (text == null) {
            return;
        }
        Matcher m = DOUBLE.matcher(text);
        while (m.find()) {
            String word = m.group(1);
            if (typo(word.toLowerCase(Locale.ROOT), language) || language.reduplicates() && strandedCopy(text, m, language)) {
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

    /**
     * "cán bộ bộ Cuba": the word before and the first copy make a word of two syllables, and the
     * second copy makes none with the word after ("cán bộ bộ đội" may be "cán bộ" + "bộ đội"). A
     * second copy in capitals starts a name ("cán bộ Bộ Quốc phòng", the ministry's officers).
     */
    private boolean strandedCopy(String text, Matcher m, LanguageSupport language) {
        if (!m.group(1).equals(m.group(2))) {
            return false;
        }
        CompoundWords words = compounds.computeIfAbsent(language.language(), l -> new CompoundWords(language.compoundWords()));
        Matcher before = WORD_BEFORE.matcher(text.substring(0, m.start()));
        if (!before.find() || !words.contains(before.group(1), m.group(1)) || words.contains(m.group(1), m.group(2))) {
            return false;
        }
        Matcher after = WORD_AFTER.matcher(text.substring(m.end()));
        return !after.find() || !words.contains(m.group(2), after.group(1));
    }

    private static boolean typo(String word, LanguageSupport language) {
        if (language.reduplicates()) {
            return language.notReduplicated().contains(word);
        }
        return !language.allowedRepeats().contains(word) && (word.length() > 1 || Character.isLetter(word.charAt(0)));
    }
}
