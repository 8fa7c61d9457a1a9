package org.passerelle.qa.checks;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.passerelle.core.lang.Lexicon;
import org.passerelle.core.lang.TermKeys;
import org.passerelle.glossary.Term;
import org.passerelle.glossary.TermHit;
import org.passerelle.qa.CheckContext;
import org.passerelle.qa.Side;
import org.passerelle.xliff.SegmentPair;
import org.passerelle.xliff.TranslationUnit;

/**
 * The length of a source as its translation has to write it: an acronym the translation expands
 * ("SG" as "General Secretary", "PCV" as "Communist Party of Vietnam", as headlines do) counts as
 * long as its termbase expansion in the target language, or as a few words when the termbase
 * does not know it. Without this, a short headline full of acronyms looks like added text. In an
 * all-caps headline the acronyms are the termbase's acronyms and short words the source language's
 * dictionary does not know; a word the translation copies, were it only with the target language's
 * diacritics ("TO LAM" as "TÔ LÂM"), is a name, not an acronym to spell out.
 */
final class ExpandedLength {
    private static final Pattern ACRONYM = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}{2,}(?![\\p{L}\\p{N}])");
    /** About one short word per letter when the termbase does not say how an acronym reads. */
    private static final int CHARS_PER_LETTER = 8;

    private ExpandedLength() {
    }

    static int of(TranslationUnit unit, SegmentPair s, CheckContext context) {
        String source = s.source().strip();
        String target = s.target();
        boolean allCaps = source.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
        Lexicon words = context.language(unit, Side.SOURCE).lexicon();
        if (allCaps && words == Lexicon.NONE) {
            return source.length();
        }
        List<TermHit> hits = context.termMatcher(unit.sourceLanguage()).map(m -> m.find(source)).orElse(List.of());
        int length = source.length();
        Set<String> copied = WordFolding.words(target);
        Matcher m = ACRONYM.matcher(source);
        while (m.find()) {
            // In an all-caps headline every word is in capitals: an acronym is one the termbase has as
            // an acronym, or a short one the language's dictionary does not know ("LE SG DU PCV").
            boolean acronym = !allCaps || termAcronym(m.start(), m.end(), hits)
                    || m.group().length() <= 5 && !words.knows(m.group().toLowerCase(Locale.ROOT));
            if (acronym && !target.contains(m.group()) && !copied.contains(WordFolding.fold(m.group()))) {
                length += expansion(m.start(), m.end(), hits, unit.targetLanguage()) - m.group().length();
            }
        }
        return length;
    }

    private static boolean termAcronym(int start, int end, List<TermHit> hits) {
        return hits.stream().anyMatch(h -> h.start() == start && h.end() == end && TermKeys.isAcronym(h.term().text()));
    }

    private static int expansion(int start, int end, List<TermHit> hits, String targetLanguage) {
        for (TermHit h : hits) {
            if (h.start() == start && h.end() == end) {
                int longest = h.concept().allowed(targetLanguage).stream().map(Term::text)
                        .filter(t -> !TermKeys.isAcronym(t)).mapToInt(String::length).max().orElse(0);
                if (longest > 0) {
                    return longest;
                }
            }
        }
        return (end - start) * CHARS_PER_LETTER;
    }
}
