package org.passerelle.glossary;

import java.util.List;

/**
 * Finds every occurrence of a termbase's terms of one language in a text: case-, elision- and
 * inflection-aware, longest match first, non-overlapping. Build once per termbase and language;
 * it is immutable and safe to share between threads.
 */
public final class TermMatcher {

    public static TermMatcher of(Termbase termbase, String language) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** Non-overlapping hits in text order; when two terms overlap the longer one wins. */
    public List<TermHit> find(String text) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
