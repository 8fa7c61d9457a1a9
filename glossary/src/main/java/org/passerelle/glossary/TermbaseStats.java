package org.passerelle.glossary;

import org.passerelle.core.Languages;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code glossary stats} shows: concepts, and terms per language and status.
 *
 * @param concepts        number of concepts
 * @param terms           number of terms, all languages
 * @param termsByLanguage primary language tag to its terms counted by status
 */
public record TermbaseStats(int concepts, int terms, Map<String, Map<TermStatus, Integer>> termsByLanguage) {

    public static TermbaseStats of(Termbase termbase) {
        Map<String, Map<TermStatus, Integer>> byLanguage = new TreeMap<>();
        int terms = 0;
        for (Concept c : termbase.concepts()) {
            for (Term t : c.terms()) {
                byLanguage.computeIfAbsent(Languages.primary(t.language()), k -> new EnumMap<>(TermStatus.class))
                        .merge(t.status(), 1, Integer::sum);
                terms++;
            }
        }
        return new TermbaseStats(termbase.size(), terms, byLanguage);
    }

    /** Concepts with no preferred term in {@code lang}. */
    public static long withoutPreferred(Termbase termbase, String lang) {
        return termbase.concepts().stream()
                .filter(c -> c.terms(lang).stream().noneMatch(t -> t.status() == TermStatus.PREFERRED)).count();
    }
}
