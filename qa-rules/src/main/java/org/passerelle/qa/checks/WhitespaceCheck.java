package org.passerelle.qa.checks;

import java.util.List;
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

/** Doubled spaces in the translation, and leading or trailing whitespace that differs from the source. */
public final class WhitespaceCheck extends SegmentCheck {
    public static final CheckDefinition DEFINITION = CheckDefinition.of("whitespace", IssueType.WHITESPACE,
            Severity.WARNING, "Doubled spaces; leading or trailing whitespace that differs from the source",
            s -> new WhitespaceCheck());
    private static final Pattern DOUBLED = Pattern.compile("[ \\u00A0\\u202F]{2,}");

    public WhitespaceCheck() {
        super(DEFINITION);
    }

    @Override
    protected void checkSegment(TranslationUnit unit, SegmentPair s, CheckContext context, List<CheckMatch> matches) {
        String src = s.source();
        String tgt = s.target();
        String leadS = leading(src);
        String leadT = leading(tgt);
        if (!leadS.equals(leadT)) {
            matches.add(new CheckMatch(s.id(), Side.TARGET, 0, leadT.length(), leadT.isEmpty()
                    ? "The source starts with whitespace the translation lacks" : "Leading whitespace not in the source: remove it",
                    List.of()));
        }
        Matcher m = DOUBLED.matcher(tgt);
        while (m.find()) {
            if (m.start() >= leadT.length() && m.end() <= tgt.length() - trailing(tgt).length()) {
                matches.add(new CheckMatch(s.id(), Side.TARGET, m.start(), m.end() - m.start(),
                        "Doubled space: use one", List.of(" ")));
            }
        }
        String trailS = trailing(src);
        String trailT = trailing(tgt);
        if (!trailS.equals(trailT)) {
            matches.add(new CheckMatch(s.id(), Side.TARGET, tgt.length() - trailT.length(), trailT.length(),
                    trailT.isEmpty() ? "The source ends with whitespace the translation lacks"
                            : "Trailing whitespace not in the source: remove it",
                    List.of()));
        }
    }

    private static String leading(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i)) || i < s.length() && s.charAt(i) == '\u00A0') {
            i++;
        }
        return s.substring(0, i);
    }

    private static String trailing(String s) {
        int i = s.length();
        while (i > 0 && (Character.isWhitespace(s.charAt(i - 1)) || s.charAt(i - 1) == '\u00A0')) {
            i--;
        }
        return s.substring(i);
    }
}
