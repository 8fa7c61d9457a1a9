package org.passerelle.glossary;

/**
 * An occurrence of a termbase term in a text.
 *
 * @param concept the concept the term belongs to
 * @param term    the term that matched (its status tells whether it is forbidden)
 * @param start   offset of the match in the text
 * @param end     end offset (exclusive)
 */
public record TermHit(Concept concept, Term term, int start, int end) {
    public String matchedText(String text) {
        return text.substring(start, end);
    }
}
