package org.passerelle.qa.interop;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.passerelle.qa.Finding;
import org.passerelle.qa.Side;
import org.passerelle.qa.interop.CorpusRun.ReadUnit;
import org.passerelle.qa.interop.FileCounts.FileUnit;
import org.passerelle.xliff.SegmentPair;

/**
 * Findings a translator would call absurd, because the file itself contradicts them: white space
 * "not in the source" that the source has, a number "missing" that the translation has, spacing
 * before a mark that the source has the same, an inline code the file does not have. Each rule is one assertion, {@code absurd.<check>}.
 */
final class AbsurdFindings {
    private static final Pattern MISSING_NUMBER = Pattern.compile("The source number '([^']+)' is missing");
    private static final Pattern SPACE_BEFORE = Pattern.compile("No space before '(.)'");
    private static final Pattern CODE = Pattern.compile("inline code (\\S+)");

    private AbsurdFindings() {
    }

    static void judge(CorpusRun run, FileCounts file, Outcome outcome) {
        List<String> whitespace = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        List<String> punctuation = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < run.units.size(); i++) {
            ReadUnit read = run.units.get(i);
            // Units pair up in file order only when the reader found them all.
            String fileTarget = run.units.size() == file.unitCount() ? file.units().get(i).targetText() : "";
            for (Finding f : read.findings()) {
                SegmentPair s = segment(read, f.segment());
                if (s == null || f.side() != Side.TARGET) {
                    continue;
                }
                String where = read.unit().id() + ":" + f.segment() + " \"" + f.message() + "\"";
                if (f.check().equals("whitespace") && sourceHasTheSame(f.message(), s.source(), s.target())) {
                    whitespace.add(where);
                } else if (f.check().equals("number.mismatch") && numberIsThere(f.message(), s.target(), fileTarget)) {
                    numbers.add(where);
                } else if (f.check().equals("punctuation") && sourceSpacesTheSame(f.message(), s.source())) {
                    punctuation.add(where);
                } else if (f.check().equals("tags.mismatch") && namesNoCodeOf(f.message(), file)) {
                    tags.add(where);
                }
            }
        }
        record(outcome, "absurd.whitespace", whitespace, "white space findings the source has the same");
        record(outcome, "absurd.number.mismatch", numbers, "numbers reported missing that the translation has");
        record(outcome, "absurd.punctuation", punctuation, "spacing findings on spacing the source has the same");
        record(outcome, "absurd.tags.mismatch", tags, "inline codes named that the file does not have");
    }

    private static boolean sourceHasTheSame(String message, String source, String target) {
        if (message.startsWith("Doubled space")) {
            return doubledSpaces(source) >= doubledSpaces(target);
        }
        if (message.startsWith("Leading whitespace not in the source")) {
            return !source.isEmpty() && Character.isWhitespace(source.charAt(0));
        }
        if (message.startsWith("Trailing whitespace not in the source")) {
            return !source.isEmpty() && Character.isWhitespace(source.charAt(source.length() - 1));
        }
        return false;
    }

    private static int doubledSpaces(String text) {
        Matcher m = Pattern.compile("(?<! ) {2,}").matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** The number is in the segment as read, or in the unit's target in the file (text the reader lost). */
    private static boolean numberIsThere(String message, String target, String fileTarget) {
        Matcher m = MISSING_NUMBER.matcher(message);
        if (!m.find()) {
            return false;
        }
        Pattern number = Pattern.compile("(?<![0-9])" + Pattern.quote(m.group(1)) + "(?![0-9])");
        return number.matcher(target).find() || number.matcher(fileTarget).find();
    }

    private static boolean sourceSpacesTheSame(String message, String source) {
        Matcher m = SPACE_BEFORE.matcher(message);
        return m.find() && Pattern.compile("\\s" + Pattern.quote(m.group(1))).matcher(source).find();
    }

    /** A translator cannot find code -2147483648 in the file: the message must name the file's ids. */
    private static boolean namesNoCodeOf(String message, FileCounts file) {
        Matcher m = CODE.matcher(message);
        return m.find() && !file.codeIds().contains(m.group(1));
    }

    private static SegmentPair segment(ReadUnit read, String id) {
        return read.unit().segments().stream().filter(s -> s.id().equals(id) && s.target() != null).findFirst().orElse(null);
    }

    private static void record(Outcome outcome, String assertion, List<String> absurd, String what) {
        outcome.check(assertion, absurd.isEmpty(),
                absurd.size() + " " + what + ", e.g. " + absurd.subList(0, Math.min(3, absurd.size())));
    }
}
