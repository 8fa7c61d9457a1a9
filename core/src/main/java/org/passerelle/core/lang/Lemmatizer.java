package org.passerelle.core.lang;

import java.util.List;

/** The dictionary forms of a word ("partenariats" → "partenariat"), for term matching by lemma. */
public interface Lemmatizer {

    /** The lemmas of one word, the noun or adjective reading first; {@code noun} is null when none is known. */
    record Lemmas(String noun, List<String> all) {
        public Lemmas {
            all = List.copyOf(all);
        }
    }

    /** Lemmas of a lower-case word; empty when the dictionary does not know it. */
    Lemmas lemmas(String lowerCaseWord);
}
