package org.passerelle.glossary;

import org.passerelle.core.Languages;
import java.util.Objects;

/**
 * One term of a concept in one language.
 *
 * @param text     the term as written
 * @param language BCP 47 tag as given in the termbase ("fr", "en", "en-GB", "vi")
 * @param status   administrative status; a term without one counts as {@link TermStatus#ADMITTED}
 * @param termType fullForm, acronym, abbreviation, shortForm, variant, or null
 */
public record Term(String text, String language, TermStatus status, String termType) {
    public Term {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        if (status == null) {
            status = TermStatus.ADMITTED;
        }
    }

    /** True when this term's language is {@code lang} or a region of it ("en-GB" for "en"). */
    public boolean inLanguage(String lang) {
        return Languages.sameLanguage(language, lang);
    }
}
