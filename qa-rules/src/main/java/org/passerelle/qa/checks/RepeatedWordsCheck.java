package org.passerelle.qa.checks;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.passerelle.core.Languages;
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
 * A word typed twice ("du du", "the the"), on both sides: a doubled word in the French copy is
 * reported to the French desk. Doublings that grammar allows ("nous nous", "had had") are not, and
 * Vietnamese is left alone because reduplication is part of its word formation ("từ từ", "xa xa").
 */
public final class RepeatedWordsCheck extends SegmentCheck {
    public static final CheckDefinition DEFINITION = CheckDefinition.of("words.repeated", IssueType.DUPLICATION,
            Severity.WARNING, "A word typed twice (\"du du\", \"the the\"), on both sides; not for Vietnamese, which"
                    + " reduplicates", s -> new RepeatedWordsCheck())
            .sourceSeverity(Severity.INFO);
    private static final Pattern DOUBLE = Pattern.compile(
            "(?<![\\p{L}\\p{M}])([\\p{L}\\p{M}]+)[ \\u00A0\\u202F]+(\\1)(?![\\p{L}\\p{M}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "fr", Set.of("nous", "vous", "que", "fait", "si", "on", "tout"),
            "en", Set.of("had", "that", "is", "do", "bye", "very", "no", "ha", "so", "yes"));

    public RepeatedWordsCheck() {
        super(DEFINITION);
    }

    @Override
    protected void checkSource(TranslationUnit unit, SegmentPair s, CheckContext context, List<CheckMatch> matches) {
        find(s.id(), Side.SOURCE, s.source(), unit.sourceLanguage(), matches);
    }

    @Override
    protected void checkSegment(TranslationUnit unit, SegmentPair s, CheckContext context, List<CheckMatch> matches) {
        find(s.id(), Side.TARGET, s.target(), unit.targetLanguage(), matches);
    }

    private static void find(String segment, Side side, String text, String lang, List<CheckMatch> out) {
        String primary = Languages.primary(lang);
        if ("vi".equals(primary) || text == null) {
            return;
        }
        Set<String> allowed = ALLOWED.getOrDefault(primary, Set.of());
        Matcher m = DOUBLE.matcher(text);
        while (m.find()) {
            String word = m.group(1);
            if (allowed.contains(word.toLowerCase(Locale.ROOT)) || word.length() == 1 && !Character.isLetter(word.charAt(0))) {
                continue;
            }
            out.add(new CheckMatch(segment, side, m.start(), m.end() - m.start(),
                    "'" + word + "' is repeated: delete one", List.of(word)));
        }
    }
}
