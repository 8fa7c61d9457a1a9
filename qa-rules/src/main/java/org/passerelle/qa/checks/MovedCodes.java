package org.passerelle.qa.checks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.passerelle.qa.ProofText;
import org.passerelle.xliff.InlineCode;
import org.passerelle.xliff.SegmentPair;

/**
 * Inline codes the translation kept but placed around or beside other words than the source: bold
 * around "Courrier du Vietnam, the visit" for the source's "Le Courrier du Vietnam", a line break
 * moved from before "Photo:" to elsewhere. Word order changes between languages, so only words
 * copied unchanged (names, acronyms, figures: those found once on each side) place a code: a copied
 * word inside the source's pair of codes must be inside the translation's, one outside outside, and
 * one before a line break before it. Translated words say nothing, so bold moving with its words
 * ("le {b}programme complet{/b}", "the {b}full program{/b}") passes. Brackets and dashes found once
 * on each side place a code too: they carry over whatever the words, so bold around a dateline
 * "{b}Hanoï (VNA){/b} –" that the translation closes before the parenthesis, or after the dash,
 * moved even where every word of it is translated ("Hà Nội", "TTXVN").
 */
final class MovedCodes {
    /** A code whose copied words differ: the code in the target and one word that moved. */
    record Moved(InlineCode code, String word, boolean insideInSource) {
    }

    private MovedCodes() {
    }

    private static final Pattern LANDMARK = Pattern.compile("[()\\[\\]–—]");
    /** Words before brackets and dashes: a moved word makes the clearer message. */
    private static final Comparator<String> WORDS_FIRST =
            Comparator.comparing((String w) -> LANDMARK.matcher(w).matches()).thenComparing(Comparator.naturalOrder());

    static List<Moved> find(SegmentPair s) {
        Map<String, int[]> sourceWords = copiedOnce(s.source());
        Map<String, int[]> targetWords = copiedOnce(s.target());
        sourceWords.keySet().retainAll(targetWords.keySet());
        List<Moved> moved = new ArrayList<>();
        for (InlineCode code : s.targetCodes()) {
            Optional<int[]> sourceSpan = Optional.empty();
            Optional<int[]> targetSpan = Optional.empty();
            if (code.kind() == InlineCode.Kind.OPENING) {
                sourceSpan = pair(s.sourceCodes(), code.id());
                targetSpan = pair(s.targetCodes(), code.id());
            } else if (code.kind() == InlineCode.Kind.PLACEHOLDER && ProofText.lineBreak(code)) {
                // What stands before a line break: the caption before "Photo:".
                sourceSpan = single(s.sourceCodes(), code).map(c -> new int[] {0, c.offset()});
                targetSpan = single(s.targetCodes(), code).map(c -> new int[] {0, c.offset()});
            }
            if (sourceSpan.isPresent() && targetSpan.isPresent()) {
                int[] in = sourceSpan.get();
                firstMoved(sourceWords, targetWords, in, targetSpan.get())
                        .ifPresent(w -> moved.add(new Moved(code, w, inside(sourceWords.get(w), in))));
            }
        }
        return moved;
    }

    /** The first copied word inside one span and outside the other. */
    private static Optional<String> firstMoved(Map<String, int[]> sourceWords, Map<String, int[]> targetWords,
                                               int[] sourceSpan, int[] targetSpan) {
        return sourceWords.keySet().stream().sorted(WORDS_FIRST)
                .filter(w -> inside(sourceWords.get(w), sourceSpan) != inside(targetWords.get(w), targetSpan))
                .findFirst();
    }

    private static boolean inside(int[] word, int[] span) {
        return word[0] >= span[0] && word[1] <= span[1];
    }

    /** The offsets of the opening and closing code {@code id}, when the text has exactly one of each, in order. */
    private static Optional<int[]> pair(List<InlineCode> codes, String id) {
        List<InlineCode> open = codes.stream().filter(c -> c.id().equals(id) && c.kind() == InlineCode.Kind.OPENING).toList();
        List<InlineCode> close = codes.stream().filter(c -> c.id().equals(id) && c.kind() == InlineCode.Kind.CLOSING).toList();
        if (open.size() != 1 || close.size() != 1 || open.get(0).offset() > close.get(0).offset()) {
            return Optional.empty();
        }
        return Optional.of(new int[] {open.get(0).offset(), close.get(0).offset()});
    }

    /** The one placeholder of {@code codes} with the id of {@code code}, when there is exactly one. */
    private static Optional<InlineCode> single(List<InlineCode> codes, InlineCode code) {
        List<InlineCode> same = codes.stream().filter(c -> c.id().equals(code.id()) && c.kind() == code.kind()).toList();
        return same.size() == 1 ? Optional.of(same.get(0)) : Optional.empty();
    }

    /** Words of two characters or more, brackets and dashes, found exactly once in {@code text}, with their span. */
    private static Map<String, int[]> copiedOnce(String text) {
        Map<String, int[]> once = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (Pattern p : List.of(WordFolding.WORD, LANDMARK)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (m.group().length() >= 2 || p == LANDMARK) {
                    counts.merge(m.group(), 1, Integer::sum);
                    once.put(m.group(), new int[] {m.start(), m.end()});
                }
            }
        }
        once.keySet().removeIf(w -> counts.get(w) > 1);
        return once;
    }
}
