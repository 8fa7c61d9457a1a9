package org.passerelle.qa.checks;

import java.util.List;
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
 * "2 500" in English or Vietnamese, whose typography groups with "," and "." ({@code NumberStyle}).
 * The number itself is right, so {@code number.mismatch} leaves it here.
 */
public final class LocaleNumberCheck extends SegmentCheck {
    public static final CheckDefinition DEFINITION = CheckDefinition.of("locale.number", IssueType.LOCALE_VIOLATION,
            Severity.WARNING, "A number written the source language's way in the translation: French decimal comma or"
                    + " thousands space (\"1,5\", \"2 500\") in English, thousands space in Vietnamese",
            s -> new LocaleNumberCheck());

    public LocaleNumberCheck() {
        super(DEFINITION);
    }

    @Override
    protected void checkSegment(TranslationUnit unit, SegmentPair s, CheckContext context, List<CheckMatch> matches) {
        LanguageSupport source = context.language(unit, Side.SOURCE);
        NumberStyle target = context.language(unit, Side.TARGET).numbers();
        StringBuilder sourceText = new StringBuilder(s.source());
        StringBuilder targetText = new StringBuilder(s.target());
        VersionNumbers.blankCopied(sourceText, targetText);
        List<NumberMention> sourceNumbers = NumberScanner.of(source.numbers()).scan(sourceText.toString());
        List<NumberMention> asTarget = NumberScanner.of(target).scan(targetText.toString());
        for (NumberMention n : NumberScanner.of(source.numbers()).scan(targetText.toString())) {
            boolean inSource = sourceNumbers.stream().anyMatch(m -> m.value().compareTo(n.value()) == 0);
            if (inSource && (misread(n, asTarget) || spaceGrouped(n, target))) {
                String write = NumberMismatchCheck.format(n, target);
                matches.add(new CheckMatch(s.id(), Side.TARGET, n.start(), n.end() - n.start(), "'" + n.text()
                        + "' is written the " + source.name() + " way; write '" + write + "'", List.of(write)));
            }
        }
    }

    /** The target language reads the number otherwise: "1,5" as one and five. */
    private static boolean misread(NumberMention n, List<NumberMention> asTarget) {
        return asTarget.stream().noneMatch(t -> t.start() == n.start() && t.end() == n.end()
                && t.value().compareTo(n.value()) == 0);
    }

    /** Grouped with a space where the language groups with a comma or a point. */
    private static boolean spaceGrouped(NumberMention n, NumberStyle target) {
        return n.grouped() && !target.groupsWithSpace() && n.text().chars().anyMatch(Character::isSpaceChar);
    }
}
