package org.passerelle.qa.checks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.passerelle.qa.CheckContext;
import org.passerelle.qa.CheckDefinition;
import org.passerelle.qa.CheckMatch;
import org.passerelle.qa.IssueType;
import org.passerelle.qa.SegmentCheck;
import org.passerelle.qa.Severity;
import org.passerelle.qa.Side;
import org.passerelle.xliff.InlineCode;
import org.passerelle.xliff.SegmentPair;
import org.passerelle.xliff.TranslationUnit;

/**
 * Inline codes (bold, links, placeholders) of the source missing from the translation, added to it,
 * or closed before they are opened, and codes kept but placed around or beside other copied words
 * than in the source ({@link MovedCodes}). Codes may otherwise move and change order: word order
 * differs between languages.
 */
public final class TagsMismatchCheck extends SegmentCheck {
    public static final CheckDefinition DEFINITION = CheckDefinition.of("tags.mismatch", IssueType.MARKUP,
            Severity.ERROR, "Inline codes (bold, links, placeholders) missing, added, closed before opened, or"
                    + " placed around or beside other copied words, brackets or dashes than in the source (bold around"
                    + " the dateline \"Hanoï (VNA)\" closed before \"(TTXVN)\")",
            s -> new TagsMismatchCheck());

    public TagsMismatchCheck() {
        super(DEFINITION);
    }

    /** Sees the plain text and its codes: it compares the codes at their places in the plain text. */
    @Override
    protected boolean readsRenderedText() {
        return false;
    }

    @Override
    protected void checkSegment(TranslationUnit unit, SegmentPair s, CheckContext context, List<CheckMatch> matches) {
        Map<String, List<InlineCode>> source = byKey(s.sourceCodes());
        Map<String, List<InlineCode>> target = byKey(s.targetCodes());
        for (Map.Entry<String, List<InlineCode>> e : source.entrySet()) {
            int extra = e.getValue().size() - target.getOrDefault(e.getKey(), List.of()).size();
            for (int i = 0; i < extra; i++) {
                matches.add(new CheckMatch(s.id(), Side.TARGET, 0, 0,
                        "The " + describe(e.getValue().get(0)) + " of the source is missing: add it to the translation",
                        List.of()));
            }
        }
        for (Map.Entry<String, List<InlineCode>> e : target.entrySet()) {
            List<InlineCode> codes = e.getValue();
            int inSource = source.getOrDefault(e.getKey(), List.of()).size();
            for (int i = inSource; i < codes.size(); i++) {
                matches.add(new CheckMatch(s.id(), Side.TARGET, codes.get(i).offset(), 0,
                        "The " + describe(codes.get(i)) + " is not in the source: remove it", List.of()));
            }
        }
        checkOrder(s, matches);
        for (MovedCodes.Moved m : MovedCodes.find(s)) {
            matches.add(new CheckMatch(s.id(), Side.TARGET, m.code().offset(), 0, "The " + describe(m.code())
                    + " is not where the source has it: '" + m.word() + "' is " + where(m, m.insideInSource())
                    + " it in the source but " + where(m, !m.insideInSource()) + " it here", List.of()));
        }
    }

    private static String where(MovedCodes.Moved m, boolean inside) {
        if (m.code().kind() == InlineCode.Kind.PLACEHOLDER) {
            return inside ? "before" : "after";
        }
        return inside ? "inside" : "outside";
    }

    /** A paired code must open before it closes, as in the source. */
    private static void checkOrder(SegmentPair s, List<CheckMatch> matches) {
        List<InlineCode> codes = s.targetCodes();
        for (int i = 0; i < codes.size(); i++) {
            InlineCode closing = codes.get(i);
            if (closing.kind() != InlineCode.Kind.CLOSING) {
                continue;
            }
            boolean openedBefore = codes.subList(0, i).stream()
                    .anyMatch(c -> c.kind() == InlineCode.Kind.OPENING && c.id().equals(closing.id()));
            boolean openedLater = codes.subList(i + 1, codes.size()).stream()
                    .anyMatch(c -> c.kind() == InlineCode.Kind.OPENING && c.id().equals(closing.id()));
            if (!openedBefore && openedLater) {
                matches.add(new CheckMatch(s.id(), Side.TARGET, closing.offset(), 0,
                        "Inline code " + closing.id() + " is closed before it is opened: swap its start and end", List.of()));
            }
        }
    }

    private static Map<String, List<InlineCode>> byKey(List<InlineCode> codes) {
        Map<String, List<InlineCode>> map = new LinkedHashMap<>();
        for (InlineCode c : codes) {
            map.computeIfAbsent(c.kind() + "/" + c.id(), k -> new ArrayList<>()).add(c);
        }
        return map;
    }

    private static String describe(InlineCode c) {
        return c.kind().name().toLowerCase(Locale.ROOT) + " inline code " + c.id();
    }
}
