package org.passerelle.qa.checks;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * A translation that starts in lower case where its source starts with a capital ("in addition,
 * Vietnam will…", "ngoài ra, Việt Nam…"), in any language, and a sentence inside it that does
 * ("…units. the two sides…") where the source has no such start. A source that starts in lower
 * case ("date 2024-08") may be followed; so may a word written with a capital inside ("iPhone"),
 * and a full stop after an abbreviation ("etc. and", "U.S. and").
 */
public final class SentenceStartCaseCheck extends SegmentCheck {
    public static final CheckDefinition DEFINITION = CheckDefinition.of("case.start", IssueType.TYPOGRAPHICAL,
            Severity.WARNING, "A translation starting in lower case where the source starts with a capital",
            s -> new SentenceStartCaseCheck());

    /**
     * A word of three letters or more, a full stop, question or exclamation mark, a space, then a
     * lower-case letter: a sentence started in lower case. Abbreviations ("a.m.", "U.S.", "etc.")
     * are not words of three letters, or are {@link #ABBREVIATIONS}.
     */
    private static final Pattern LOWER_START = Pattern.compile("(?<![\\p{L}.])([\\p{L}]{3,})[.!?]\\s+\\p{Ll}");
    private static final Set<String> ABBREVIATIONS = Set.of("etc", "approx", "incl", "vol", "tel", "dept", "govt", "corp",
            "inc", "ltd", "est", "nos", "gen", "col", "sgt", "capt");

    public SentenceStartCaseCheck() {
        super(DEFINITION);
    }

    @Override
    protected void checkSegment(TranslationUnit unit, SegmentPair s, CheckContext context, List<CheckMatch> matches) {
        TextWord source = first(s.source());
        TextWord target = first(s.target());
        if (source != null && target != null && source.capitalised() && lowerCase(target)) {
            matches.add(finding(s, target, "The source starts with a capital, the translation with '"));
        }
        if (!LOWER_START.matcher(s.source()).find()) {
            Matcher m = LOWER_START.matcher(s.target());
            while (m.find()) {
                if (ABBREVIATIONS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                    continue;
                }
                TextWord w = TextWord.of(s.target().substring(m.end() - 1)).get(0);
                TextWord at = new TextWord(m.end() - 1 + w.start(), m.end() - 1 + w.end(), w.text());
                if (lowerCase(at)) {
                    matches.add(finding(s, at, "A sentence of the translation starts with '"));
                }
            }
        }
    }

    /** Lower case, and not a word written with a capital inside ("iPhone"). */
    private static boolean lowerCase(TextWord w) {
        return Character.isLetter(w.text().codePointAt(0)) && !w.capitalised()
                && w.text().codePoints().skip(1).noneMatch(Character::isUpperCase);
    }

    private static CheckMatch finding(SegmentPair s, TextWord w, String what) {
        String capital = w.text().substring(0, 1).toUpperCase(Locale.ROOT) + w.text().substring(1);
        return new CheckMatch(s.id(), Side.TARGET, w.start(), w.end() - w.start(), what + w.text() + "': write '"
                + capital + "'", List.of(capital));
    }

    private static TextWord first(String text) {
        List<TextWord> words = TextWord.of(text);
        return words.isEmpty() || !words.get(0).startsSentence(text) ? null : words.get(0);
    }
}
