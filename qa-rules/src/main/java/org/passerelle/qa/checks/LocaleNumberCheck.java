package org.passerelle.qa.checks;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.passerelle.core.lang.LanguageSupport;
import org.passerelle.core.lang.NumberStyle;
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
 * A number of the source copied into the translation in the source language's format: the French
 * decimal comma "1,5 million" in English (which reads one, then five), the French thousands space
 * "2 500" in English or Vietnamese, whose typography groups with "," and "." ({@code NumberStyle}),
 * or the decimal point of English in Vietnamese ("1.5"), or its thousands comma ("1,200", which
 * Vietnamese reads as one point two); and a time of day written as the target
 * language does not ("14h30" in English). The number itself is right, so {@code number.mismatch}
 * leaves it here.
 */
public final class LocaleNumberCheck extends SegmentCheck {
    public static final CheckDefinition DEFINITION = CheckDefinition.of("locale.number", IssueType.LOCALE_VIOLATION,
            Severity.WARNING, "A number or time written another language's way in the translation: French decimal comma,"
                    + " thousands space or time (\"1,5\", \"2 500\", \"14h30\") in English, \"2 500\" or \"1.5\" in Vietnamese",
            s -> new LocaleNumberCheck());

    public LocaleNumberCheck() {
        super(DEFINITION);
    }

    @Override
    protected void checkSegment(TranslationUnit unit, SegmentPair s, CheckContext context, List<CheckMatch> matches) {
        NumberSides sides = NumberSides.of(unit, s, context);
        LanguageSupport source = sides.sourceLanguage;
        LanguageSupport target = sides.targetLanguage;
        StringBuilder sourceText = sides.source;
        StringBuilder targetText = sides.target;
        // A version the translation changed ("3.1" as "3.2") is number.mismatch's, named whole.
        CopiedNumbers.changedVersions(sourceText, targetText, source.numbers());
        List<NumberMention> sourceNumbers = NumberScanner.of(source.numbers()).scan(sourceText.toString());
        List<NumberMention> asTarget = NumberScanner.of(target.numbers()).scan(targetText.toString());
        Set<Integer> reported = new HashSet<>();
        for (NumberStyle foreign : List.of(source.numbers(), NumberStyle.NEUTRAL)) {
            for (NumberMention n : NumberScanner.of(foreign).scan(targetText.toString())) {
                boolean inSource = sourceNumbers.stream().anyMatch(m -> m.value().compareTo(n.value()) == 0);
                String write = NumberMismatchCheck.format(n, target.numbers());
                // A piece of a number the target reads otherwise ("3" of "3.2") is already written its way.
                boolean rewritten = !write.equals(n.text());
                if (inSource && rewritten && (misread(n, asTarget) || spaceGrouped(n, target.numbers())
                        || regrouped(n, asTarget))
                        && reported.add(n.start())) {
                    matches.add(finding(s, n.start(), n.end(), n.text(), target, write));
                }
            }
        }
        times(s, source, target, matches);
    }

    /** A time of day the target language does not write so ("14h30" in English). */
    private static void times(SegmentPair s, LanguageSupport source, LanguageSupport target, List<CheckMatch> out) {
        List<TimeMention> own = TimeScanner.scan(s.target(), target.times());
        for (TimeMention t : TimeScanner.scan(s.target(), source.times())) {
            if (own.stream().noneMatch(o -> o.start() < t.end() && t.start() < o.end())) {
                out.add(finding(s, t.start(), t.end(), t.text(), target, t.format(target.times())));
            }
        }
    }

    private static CheckMatch finding(SegmentPair s, int start, int end, String text, LanguageSupport target, String write) {
        return new CheckMatch(s.id(), Side.TARGET, start, end - start, "'" + text + "' is not written the " + target.name()
                + " way; write '" + write + "'", List.of(write));
    }

    /**
     * The target language cannot read it as one number: "1,5" is one, then five, in English. One
     * it reads as another number ("1.000", one) is a wrong number, {@code number.mismatch}'s.
     */
    private static boolean misread(NumberMention n, List<NumberMention> asTarget) {
        return asTarget.stream().noneMatch(t -> t.start() == n.start() && t.end() == n.end());
    }

    /**
     * Grouped in thousands the other language's way, so that the target language reads another
     * value: "1,200" for "1 200" in Vietnamese, which reads one point two. The digits are the
     * source's; the separator is the slip.
     */
    private static boolean regrouped(NumberMention n, List<NumberMention> asTarget) {
        return n.grouped() && asTarget.stream().anyMatch(t -> t.start() == n.start() && t.end() == n.end()
                && t.value().compareTo(n.value()) != 0);
    }

    /** Grouped with a space where the language groups with a comma or a point. */
    private static boolean spaceGrouped(NumberMention n, NumberStyle target) {
        return n.grouped() && !target.groupsWithSpace() && n.text().chars().anyMatch(Character::isSpaceChar);
    }
}
