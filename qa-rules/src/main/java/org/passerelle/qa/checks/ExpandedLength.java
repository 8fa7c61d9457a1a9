package org.passerelle.qa.checks;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.passerelle.core.lang.TermKeys;
import org.passerelle.glossary.Term;
import org.passerelle.glossary.TermHit;
import org.passerelle.qa.CheckContext;
import org.passerelle.xliff.SegmentPair;
import org.passerelle.xliff.TranslationUnit;

/**
 * The length of a source as its translation has to write it: an acronym the translation expands
 * ("SG" as "General Secretary", "PCV" as "Communist Party of Vietnam", as headlines do) counts as
 * long as its termbase expansion in the target language, or as a few words when the termbase
 * does not know it. Without this, a short headline full of acronyms looks like added text.
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
        if (source.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase)) {
            return source.length();
        }
        List<TermHit> hits = context.termMatcher(unit.sourceLanguage()).map(m -> m.find(source)).orElse(List.of());
        int length = source.length();
        Matcher m = ACRONYM.matcher(source);
        while (m.find()) {
            if (!target.contains(m.group())) {
                length += expansion(m.start(), m.end(), hits, unit.targetLanguage()) - m.group().length();
            }
        }
        return length;
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
