package org.passerelle.qa.checks;

import java.text.Normalizer;
import java.util.List;
import org.passerelle.core.lang.Feature;
import org.passerelle.qa.CheckContext;
import org.passerelle.qa.CheckDefinition;
import org.passerelle.qa.CheckMatch;
import org.passerelle.qa.IssueType;
import org.passerelle.qa.LanguageScope;
import org.passerelle.qa.SegmentCheck;
import org.passerelle.qa.Severity;
import org.passerelle.qa.Side;
import org.passerelle.xliff.SegmentPair;
import org.passerelle.xliff.TranslationUnit;

/**
 * Vietnamese text that is not in Unicode NFC (decomposed diacritics from some macOS and Windows
 * input methods): it looks right but breaks search, sorting and term matching. Reported at the
 * first offending character, with the composed form as suggestion.
 */
public final class ViNormalizationCheck extends SegmentCheck {
    public static final CheckDefinition DEFINITION = CheckDefinition.of("vi.normalization", IssueType.CHARACTERS,
            Severity.ERROR, "Vietnamese text not in Unicode NFC (decomposed diacritics), at the first offending letter",
            s -> new ViNormalizationCheck())
            .languages(LanguageScope.VIETNAMESE);

    public ViNormalizationCheck() {
        super(DEFINITION);
    }

    @Override
    protected void checkSource(TranslationUnit unit, SegmentPair s, CheckContext context, List<CheckMatch> matches) {
        if (context.language(unit, Side.SOURCE).has(Feature.VIETNAMESE_SYLLABLES)) {
            find(s.id(), Side.SOURCE, s.source(), matches);
        }
    }

    @Override
    protected void checkSegment(TranslationUnit unit, SegmentPair s, CheckContext context, List<CheckMatch> matches) {
        if (context.language(unit, Side.TARGET).has(Feature.VIETNAMESE_SYLLABLES)) {
            find(s.id(), Side.TARGET, s.target(), matches);
        }
    }

    private static void find(String segment, Side side, String text, List<CheckMatch> out) {
        if (Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            return;
        }
        int count = 0;
        int first = -1;
        int end = -1;
        // Compare each base letter with its marks to its composed form.
        int i = 0;
        while (i < text.length()) {
            int j = i + Character.charCount(text.codePointAt(i));
            while (j < text.length() && Character.getType(text.codePointAt(j)) == Character.NON_SPACING_MARK) {
                j += Character.charCount(text.codePointAt(j));
            }
            String cluster = text.substring(i, j);
            if (!Normalizer.isNormalized(cluster, Normalizer.Form.NFC)) {
                count++;
                if (first < 0) {
                    first = i;
                    end = j;
                }
            }
            i = j;
        }
        if (first < 0) {
            first = 0;
            end = text.length();
            count = 1;
        }
        String composed = Normalizer.normalize(text.substring(first, end), Normalizer.Form.NFC);
        out.add(new CheckMatch(segment, side, first, end - first, "Text is not in Unicode NFC: '" + composed + "' at "
                + first + " is written decomposed" + (count > 1 ? " (and " + (count - 1) + " more letters)" : "")
                + "; save the text in NFC", List.of(composed)));
    }
}
