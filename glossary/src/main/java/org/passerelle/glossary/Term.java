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
 * @param partOfSpeech noun, verb, adjective, adverb, other, or null
 * @param context  a sentence showing the term in use (TBX {@code context}), or null
 */
public record Term(String text, String language, TermStatus status, String termType, String partOfSpeech, String context) {
    public Term {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        if (status == null) {
            status = TermStatus.ADMITTED;
        }
    }

    /** A term without part of speech and context. */
    public Term(String text, String language, TermStatus status, String termType) {
        this(text, language, status, termType, null, null);
    }

    /** The same term with another status, everything else kept. */
    public Term withStatus(TermStatus newStatus) {
        return new Term(text, language, newStatus, termType, partOfSpeech, context);
    }

    /** True when this term's language is {@code lang} or a region of it ("en-GB" for "en"). */
    public boolean inLanguage(String lang) {
        return Languages.sameLanguage(language, lang);
    }
}
