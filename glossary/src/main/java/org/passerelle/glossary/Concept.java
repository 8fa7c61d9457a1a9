package org.passerelle.glossary;

import java.util.List;
import java.util.Optional;

/**
 * A TBX conceptEntry: one meaning, its terms in every language.
 *
 * @param id            the conceptEntry id ("c12")
 * @param subjectField  subject field, or null
 * @param definition    definition, or null
 * @param note          note, or null
 * @param terms         all terms, every language
 */
public record Concept(String id, String subjectField, String definition, String note, List<Term> terms) {
    public Concept {
        terms = List.copyOf(terms);
    }

    public List<Term> terms(String lang) {
        return terms.stream().filter(t -> t.inLanguage(lang)).toList();
    }

    /** The first preferred term in {@code lang}, else the first admitted one. */
    public Optional<Term> preferred(String lang) {
        List<Term> inLang = terms(lang);
        return inLang.stream().filter(t -> t.status() == TermStatus.PREFERRED).findFirst()
                .or(() -> inLang.stream().filter(t -> t.status() == TermStatus.ADMITTED).findFirst());
    }

    /** Terms a translation may use: preferred and admitted. */
    public List<Term> allowed(String lang) {
        return terms(lang).stream().filter(t -> !t.status().forbidden()).toList();
    }

    /** Deprecated and superseded terms in {@code lang}: forbidden in a translation. */
    public List<Term> forbidden(String lang) {
        return terms(lang).stream().filter(t -> t.status().forbidden()).toList();
    }
}
