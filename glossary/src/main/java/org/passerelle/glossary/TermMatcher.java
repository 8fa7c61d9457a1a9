package org.passerelle.glossary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.passerelle.glossary.match.KeyIds;
import org.passerelle.glossary.match.Token;
import org.passerelle.glossary.match.TokenTrie;
import org.passerelle.glossary.match.TokenKeys;
import org.passerelle.glossary.match.WordTokenizer;

/**
 * Finds every occurrence of a termbase's terms of one language in a text: case-, elision- and
 * inflection-aware, longest match first, non-overlapping. Build once per termbase and language;
 * it is immutable and safe to share between threads.
 *
 * <p>Terms are stored in a trie over normalised tokens (lemmas for French and English, tone-
 * normalised syllables for Vietnamese). Matching walks the trie from each token, so its cost
 * depends on the text and on the longest term, not on how many terms the termbase holds.
 */
public final class TermMatcher {
    private static final Set<String> EXACT_TYPES = Set.of("acronym", "abbreviation");

    private record Entry(Concept concept, Term term, int order) {
    }

    private final String language;
    private final TokenKeys keys;
    private final TokenTrie trie;
    private final Entry[] entries;

    private TermMatcher(String language, TokenKeys keys, TokenTrie trie, Entry[] entries) {
        this.language = language;
        this.keys = keys;
        this.trie = trie;
        this.entries = entries;
    }

    public static TermMatcher of(Termbase termbase, String language) {
        TokenKeys keys = TokenKeys.forLanguage(language);
        TokenTrie.Builder trie = new TokenTrie.Builder();
        List<Entry> entries = new ArrayList<>();
        for (Concept concept : termbase.concepts()) {
            for (Term term : concept.terms(language)) {
                boolean exact = term.termType() != null && EXACT_TYPES.contains(term.termType());
                int[] path = WordTokenizer.tokenize(term.text()).stream()
                        .mapToInt(token -> KeyIds.id(keys.termKey(token.text(), exact))).toArray();
                trie.add(path, entries.size());
                entries.add(new Entry(concept, term, entries.size()));
            }
        }
        return new TermMatcher(language, keys, trie.build(), entries.toArray(Entry[]::new));
    }

    /** The language this matcher was built for. */
    public String language() {
        return language;
    }

    /** How many terms of the language the matcher looks for. */
    public int termCount() {
        return entries.length;
    }

    /** Non-overlapping hits in text order; when two terms overlap the longer one wins. */
    public List<TermHit> find(String text) {
        List<Token> tokens = WordTokenizer.tokenize(text);
        int[][] candidates = new int[tokens.size()][];
        for (int t = 0; t < candidates.length; t++) {
            candidates[t] = keys.textKeyIds(tokens.get(t).text());
        }
        List<TermHit> hits = new ArrayList<>();
        // A token may have several keys (lemmas), so a walk follows a few nodes at once.
        NodeSet frontier = new NodeSet();
        NodeSet next = new NodeSet();
        NodeSet matched = new NodeSet();
        int i = 0;
        while (i < tokens.size()) {
            int end = -1;
            frontier.clear();
            frontier.add(TokenTrie.ROOT);
            for (int j = i; j < tokens.size() && frontier.size > 0; j++) {
                next.clear();
                boolean terminal = false;
                for (int f = 0; f < frontier.size; f++) {
                    for (int key : candidates[j]) {
                        int child = trie.step(frontier.nodes[f], key);
                        if (child != TokenTrie.NONE) {
                            terminal |= child < 0;
                            next.add(child);
                        }
                    }
                }
                if (terminal) {
                    end = j;
                    matched.clear();
                    for (int n = 0; n < next.size; n++) {
                        if (next.nodes[n] < 0) {
                            matched.add(next.nodes[n]);
                        }
                    }
                }
                NodeSet swap = frontier;
                frontier = next;
                next = swap;
                for (int n = 0; n < frontier.size; n++) {
                    frontier.nodes[n] = frontier.nodes[n] < 0 ? ~frontier.nodes[n] : frontier.nodes[n];
                }
            }
            if (end < 0) {
                i++;
                continue;
            }
            int start = tokens.get(i).start();
            int stop = tokens.get(end).end();
            hits.addAll(hitsAt(matched, text.substring(start, stop), start, stop));
            i = end + 1;
        }
        return hits;
    }

    /** A few trie nodes without duplicates; terminal ones are complemented, as the trie gives them. */
    private static final class NodeSet {
        int[] nodes = new int[4];
        int size;

        void clear() {
            size = 0;
        }

        void add(int node) {
            for (int n = 0; n < size; n++) {
                if (nodes[n] == node) {
                    return;
                }
            }
            if (size == nodes.length) {
                nodes = java.util.Arrays.copyOf(nodes, size * 2);
            }
            nodes[size++] = node;
        }
    }

    /** One hit per concept: the term written most like the text, preferred terms first. */
    private List<TermHit> hitsAt(NodeSet nodes, String matched, int start, int end) {
        List<Entry> found = new ArrayList<>(2);
        for (int n = 0; n < nodes.size; n++) {
            for (int value : trie.values(~nodes.nodes[n])) {
                found.add(entries[value]);
            }
        }
        if (found.size() == 1) {
            Entry only = found.get(0);
            return List.of(new TermHit(only.concept(), only.term(), start, end));
        }
        Map<Concept, Entry> best = new LinkedHashMap<>();
        Comparator<Entry> better = Comparator
                .comparing((Entry e) -> !e.term().text().equals(matched))
                .thenComparing(e -> !e.term().text().equalsIgnoreCase(matched))
                .thenComparing(e -> e.term().status().ordinal())
                .thenComparing(Entry::order);
        found.stream().sorted(Comparator.comparing(Entry::order))
                .forEach(e -> best.merge(e.concept(), e, (a, b) -> better.compare(a, b) <= 0 ? a : b));
        return best.values().stream().sorted(Comparator.comparing(Entry::order))
                .map(e -> new TermHit(e.concept(), e.term(), start, end)).toList();
    }
}
