package org.passerelle.glossary;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.passerelle.glossary.match.Token;
import org.passerelle.glossary.match.TokenKeys;
import org.passerelle.glossary.match.WordTokenizer;

/**
 * {@code glossary lookup}: the concepts whose terms in one language are, or contain, the words
 * looked for, inflected forms included ("partenariats" finds "Partenariat stratégique intégral").
 * A scan of the termbase, which is fine for one query typed by a person; texts go through
 * {@link TermMatcher}.
 */
public final class TermLookup {
    private final Termbase termbase;
    private final String language;
    private final TokenKeys keys;

    public TermLookup(Termbase termbase, String language) {
        this.termbase = termbase;
        this.language = language;
        this.keys = TokenKeys.forLanguage(language);
    }

    /** Concepts whose term is the query first, then those whose term contains it, in termbase order. */
    public List<Concept> find(String query) {
        List<List<String>> wanted = new ArrayList<>();
        for (Token token : WordTokenizer.tokenize(query)) {
            wanted.add(keys.textKeys(token.text()));
        }
        if (wanted.isEmpty()) {
            return List.of();
        }
        Set<Concept> whole = new LinkedHashSet<>();
        Set<Concept> partial = new LinkedHashSet<>();
        for (Concept concept : termbase.concepts()) {
            for (Term term : concept.terms(language)) {
                List<String> termKeys = new ArrayList<>();
                boolean exact = "acronym".equals(term.termType()) || "abbreviation".equals(term.termType());
                for (Token token : WordTokenizer.tokenize(term.text())) {
                    termKeys.add(keys.termKey(token.text(), exact));
                }
                int at = indexOf(termKeys, wanted);
                if (at == 0 && termKeys.size() == wanted.size()) {
                    whole.add(concept);
                } else if (at >= 0) {
                    partial.add(concept);
                }
            }
        }
        partial.removeAll(whole);
        List<Concept> found = new ArrayList<>(whole);
        found.addAll(partial);
        return found;
    }

    /** Where the query's words occur in a row among the term's, or -1. */
    private static int indexOf(List<String> termKeys, List<List<String>> wanted) {
        for (int start = 0; start + wanted.size() <= termKeys.size(); start++) {
            boolean all = true;
            for (int i = 0; i < wanted.size() && all; i++) {
                all = wanted.get(i).contains(termKeys.get(start + i));
            }
            if (all) {
                return start;
            }
        }
        return -1;
    }
}
