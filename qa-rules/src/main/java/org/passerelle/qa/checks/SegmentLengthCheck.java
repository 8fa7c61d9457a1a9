package org.passerelle.qa.checks;

import java.util.List;
import java.util.Locale;
import org.passerelle.qa.CheckContext;
import org.passerelle.qa.CheckDefinition;
import org.passerelle.qa.CheckMatch;
import org.passerelle.qa.CheckSettings;
import org.passerelle.qa.IssueType;
import org.passerelle.qa.Parameter;
import org.passerelle.qa.SegmentCheck;
import org.passerelle.qa.Severity;
import org.passerelle.qa.Side;
import org.passerelle.qa.languagetool.Proofreader;
import org.passerelle.xliff.SegmentPair;
import org.passerelle.xliff.TranslationUnit;

/**
 * A segment longer than any sentence of an article: a paste gone wrong, a file exported without
 * segmentation, or one made to exhaust the tools. It gets this one finding and nothing else: the
 * engine gives a unit holding one to no other check (LanguageTool's time grows faster than the
 * text, and the other checks would report the same mistake thousands of times over).
 */
public final class SegmentLengthCheck extends SegmentCheck {
    public static final CheckDefinition DEFINITION = CheckDefinition.of("segment.too-long", IssueType.LENGTH,
            Severity.ERROR, "A source or target segment longer than max-characters: this one finding, and no other"
                    + " check (LanguageTool included) sees its unit", SegmentLengthCheck::new)
            .parameter(Parameter.integer("max-characters", Proofreader.MAX_TEXT_CHARS,
                    "longest segment checked, in characters (LanguageTool never gets more than "
                            + Proofreader.MAX_TEXT_CHARS + " anyway)"));

    private final int max;

    public SegmentLengthCheck(CheckSettings settings) {
        super(DEFINITION);
        this.max = settings.integer("max-characters");
    }

    /** Sees the plain text and its codes: it measures the text as written. */
    @Override
    protected boolean readsRenderedText() {
        return false;
    }

    /** True when a segment of {@code unit}, source or target, is longer than {@code max} characters. */
    public static boolean exceeds(TranslationUnit unit, int max) {
        return unit.segments().stream().anyMatch(s -> s.source().length() > max
                || s.hasTarget() && s.target().length() > max);
    }

    @Override
    protected void checkSource(TranslationUnit unit, SegmentPair s, CheckContext context, List<CheckMatch> out) {
        report(s, Side.SOURCE, s.source(), out);
    }

    @Override
    protected void checkSegment(TranslationUnit unit, SegmentPair s, CheckContext context, List<CheckMatch> out) {
        report(s, Side.TARGET, s.target(), out);
    }

    private void report(SegmentPair s, Side side, String text, List<CheckMatch> out) {
        if (text.length() > max) {
            out.add(new CheckMatch(s.id(), side, max, text.length() - max, String.format(Locale.ROOT,
                    "Segment of %,d characters, over the limit of %,d: its unit is not checked; split it into sentences",
                    text.length(), max), List.of()));
        }
    }
}
