package org.passerelle.qa.checks;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.passerelle.core.lang.Feature;
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
 * Web and e-mail addresses, hashtags, @handles, file names and legal references of the source that
 * the translation does not copy exactly ({@link Verbatim}): "forum-armee-2024" translated in a
 * URL, "#VietnamCuba60" recased. Each is reported against the item of the same kind the
 * translation has instead, or as missing. A legal reference with Vietnamese letters may be
 * transliterated in a target language that does not write them ("15/2020/NĐ-CP" as "15/2020/ND-CP").
 */
public final class VerbatimCheck extends SegmentCheck {
    public static final CheckDefinition DEFINITION = CheckDefinition.of("verbatim.mismatch",
            IssueType.INCONSISTENT_ENTITIES, Severity.ERROR, "Web and e-mail addresses, hashtags, @handles, file names"
                    + " and legal references of the source not copied exactly", s -> new VerbatimCheck());

    public VerbatimCheck() {
        super(DEFINITION);
    }

    @Override
    protected void checkSegment(TranslationUnit unit, SegmentPair s, CheckContext context, List<CheckMatch> matches) {
        for (Verbatim kind : Verbatim.values()) {
            List<String> wanted = texts(s.source(), kind.find(s.source()));
            List<int[]> spans = new ArrayList<>(kind.find(s.target()));
            spans.removeIf(span -> wanted.remove(s.target().substring(span[0], span[1])));
            if (kind == Verbatim.REFERENCE && !context.language(unit, Side.TARGET).has(Feature.VIETNAMESE_SYLLABLES)) {
                // English sources of the Vietnamese government write "15/2020/ND-CP": a target language
                // without Vietnamese letters may transliterate them (Đ as D); digits and letters must stay.
                spans.removeIf(span -> wanted.removeIf(w -> !w.equals(transliterated(w))
                        && transliterated(w).equals(s.target().substring(span[0], span[1]))));
            }
            for (String want : wanted) {
                if (spans.isEmpty()) {
                    matches.add(new CheckMatch(s.id(), Side.TARGET, 0, 0, "The " + kind.what() + " '" + want
                            + "' of the source is missing: copy it as it is", List.of(want)));
                } else {
                    int[] got = spans.remove(0);
                    matches.add(new CheckMatch(s.id(), Side.TARGET, got[0], got[1] - got[0], "'"
                            + s.target().substring(got[0], got[1]) + "' is not the " + kind.what() + " of the source, '"
                            + want + "': copy it exactly", List.of(want)));
                }
            }
        }
    }

    /** The reference in plain Latin letters: Vietnamese "Đ" as "D", accents dropped. */
    static String transliterated(String reference) {
        String folded = Normalizer.normalize(reference.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD);
        return folded.replaceAll("\\p{M}", "");
    }

    private static List<String> texts(String text, List<int[]> spans) {
        List<String> list = new ArrayList<>();
        spans.forEach(span -> list.add(text.substring(span[0], span[1])));
        return list;
    }
}
