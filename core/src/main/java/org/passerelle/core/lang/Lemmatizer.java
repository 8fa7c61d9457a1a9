package org.passerelle.core.lang;

import java.util.List;

/** The dictionary forms of a word ("partenariats" → "partenariat"), for term matching by lemma. */
public interface Lemmatizer {

    /**
     * The lemmas of one word: {@code noun} the preferred one (a noun's, else an adjective's, else
     * any; null when none is known), {@code all} every reading's, {@code nominal} those of its noun
     * and adjective readings only. Terms are names and noun phrases: "Crossed" is an adjective or a
     * verb, and by its verb lemma it would pass for the "Cross" of "Vietnam-Russia Cross Year".
     */
    record Lemmas(String noun, List<String> all, List<String> nominal) {
        public Lemmas {
            all = List.copyOf(all);
            nominal = List.copyOf(nominal);
        }
    }

    /** Lemmas of a lower-case word; empty when the dictionary does not know it. */
    Lemmas lemmas(String lowerCaseWord);
}
