package org.passerelle.qa.checks;

import java.util.ArrayList;
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

/**
 * Doubled spaces in the translation that the source does not have, and leading or trailing
 * whitespace that differs from the source. Files are read with their whitespace as written: a
 * doubled space the source has too (a layout the original document uses) is not the translator's.
 */
public final class WhitespaceCheck extends SegmentCheck {
    public static final CheckDefinition DEFINITION = CheckDefinition.of("whitespace", IssueType.WHITESPACE,
            Severity.WARNING, "Doubled spaces; leading or trailing whitespace that differs from the source",
            s -> new WhitespaceCheck());
    private static final Pattern DOUBLED = Pattern.compile("[ \\u00A0\\u202F]{2,}");

    public WhitespaceCheck() {
        super(DEFINITION);
    }

    /** Sees the plain text and its codes: it judges the spaces as written, around the codes too. */
    @Override
    protected boolean readsRenderedText() {
        return false;
    }

    @Override
    protected void checkSegment(TranslationUnit unit, SegmentPair s, CheckContext context, List<CheckMatch> matches) {
        String src = s.source();
        String tgt = s.target();
        String leadS = leading(src);
        String leadT = leading(tgt);
        if (differ(leadS, leadT)) {
            matches.add(new CheckMatch(s.id(), Side.TARGET, 0, leadT.length(), leadT.isEmpty()
                    ? "The source starts with whitespace the translation lacks" : "Leading whitespace not in the source: remove it",
                    List.of()));
        }
        int inSource = innerDoubled(src).size();
        List<int[]> inTarget = innerDoubled(tgt);
        // The source's own doubled spaces account for as many of the translation's, in order.
        for (int[] run : inTarget.subList(Math.min(inSource, inTarget.size()), inTarget.size())) {
            matches.add(new CheckMatch(s.id(), Side.TARGET, run[0], run[1] - run[0], "Doubled space: use one", List.of(" ")));
        }
        String trailS = trailing(src);
        String trailT = trailing(tgt);
        if (differ(trailS, trailT)) {
            matches.add(new CheckMatch(s.id(), Side.TARGET, tgt.length() - trailT.length(), trailT.length(),
                    trailT.isEmpty() ? "The source ends with whitespace the translation lacks"
                            : "Trailing whitespace not in the source: remove it",
                    List.of()));
        }
    }

    /**
     * Edge whitespace with a line break or a tab on both sides is the file's layout (indentation
     * of a pretty-printed XLIFF, moved about when codes are reordered), not something a translator
     * typed; spaces must match exactly.
     */
    private static boolean differ(String source, String target) {
        return !source.equals(target) && !(isLayout(source) && isLayout(target));
    }

    private static boolean isLayout(String whitespace) {
        return whitespace.indexOf('\n') >= 0 || whitespace.indexOf('\t') >= 0 || whitespace.indexOf('\r') >= 0;
    }

    /** Start and end of each run of spaces inside the text (not its leading or trailing whitespace). */
    private static List<int[]> innerDoubled(String text) {
        List<int[]> runs = new ArrayList<>();
        int from = leading(text).length();
        int to = text.length() - trailing(text).length();
        Matcher m = DOUBLED.matcher(text);
        while (m.find()) {
            if (m.start() >= from && m.end() <= to) {
                runs.add(new int[] {m.start(), m.end()});
            }
        }
        return runs;
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
