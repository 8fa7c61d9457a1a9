package org.passerelle.glossary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.passerelle.glossary.match.IntNodeMap;
import org.passerelle.glossary.match.KeyIds;
import org.passerelle.glossary.match.Token;
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

    private static final class Node {
        final IntNodeMap<Node> next = new IntNodeMap<>();
        final List<Entry> entries = new ArrayList<>(1);
    }

    private final String language;
    private final TokenKeys keys;
    private final Node root;
    /**
     * The root's children indexed by key id: the first lookup of every token goes to the root, and
     * with a large termbase an array read is one cache miss where a hash probe is two.
     */
    private final Node[] rootById;
    private final int termCount;

    private TermMatcher(String language, TokenKeys keys, Node root, int termCount) {
        this.language = language;
        this.keys = keys;
        this.root = root;
        this.rootById = new Node[KeyIds.count()];
        root.next.forEach((key, child) -> {
            if (key < rootById.length) {
                rootById[key] = child;
            }
        });
        this.termCount = termCount;
    }

    public static TermMatcher of(Termbase termbase, String language) {
        TokenKeys keys = TokenKeys.forLanguage(language);
        Node root = new Node();
        int order = 0;
        for (Concept concept : termbase.concepts()) {
            for (Term term : concept.terms(language)) {
                add(root, keys, new Entry(concept, term, order++));
            }
        }
        return new TermMatcher(language, keys, root, order);
    }

    private static void add(Node root, TokenKeys keys, Entry entry) {
        Term term = entry.term();
        boolean exact = term.termType() != null && EXACT_TYPES.contains(term.termType());
        Node node = root;
        for (Token token : WordTokenizer.tokenize(term.text())) {
            int key = KeyIds.id(keys.termKey(token.text(), exact));
            Node child = node.next.get(key);
            if (child == null) {
                child = new Node();
                node.next.put(key, child);
            }
            node = child;
        }
        if (node != root) {
            node.entries.add(entry);
        }
    }

    /** The language this matcher was built for. */
    public String language() {
        return language;
    }

    /** How many terms of the language the matcher looks for. */
    public int termCount() {
        return termCount;
    }

    /** Non-overlapping hits in text order; when two terms overlap the longer one wins. */
    public List<TermHit> find(String text) {
        List<Token> tokens = WordTokenizer.tokenize(text);
        int[][] candidates = new int[tokens.size()][];
        for (int t = 0; t < candidates.length; t++) {
            candidates[t] = keys.textKeyIds(tokens.get(t).text());
        }
        List<TermHit> hits = new ArrayList<>();
        List<Node> frontier = new ArrayList<>(4);
        List<Node> next = new ArrayList<>(4);
        List<Node> matched = new ArrayList<>(2);
        int i = 0;
        while (i < tokens.size()) {
            int end = -1;
            matched.clear();
            frontier.clear();
            for (int j = i; j < tokens.size(); j++) {
                next.clear();
                if (j == i) {
                    for (int key : candidates[j]) {
                        Node child = key < rootById.length ? rootById[key] : root.next.get(key);
                        if (child != null && !next.contains(child)) {
                            next.add(child);
                        }
                    }
                } else {
                    for (Node node : frontier) {
                        for (int key : candidates[j]) {
                            Node child = node.next.get(key);
                            if (child != null && !next.contains(child)) {
                                next.add(child);
                            }
                        }
                    }
                }
                if (next.isEmpty()) {
                    break;
                }
                boolean terminal = false;
                for (Node n : next) {
                    terminal |= !n.entries.isEmpty();
                }
                if (terminal) {
                    end = j;
                    matched.clear();
                    for (Node n : next) {
                        if (!n.entries.isEmpty()) {
                            matched.add(n);
                        }
                    }
                }
                List<Node> swap = frontier;
                frontier = next;
                next = swap;
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

    /** One hit per concept: the term written most like the text, preferred terms first. */
    private static List<TermHit> hitsAt(List<Node> nodes, String matched, int start, int end) {
        if (nodes.size() == 1 && nodes.get(0).entries.size() == 1) {
            Entry only = nodes.get(0).entries.get(0);
            return List.of(new TermHit(only.concept(), only.term(), start, end));
        }
        Map<Concept, Entry> best = new LinkedHashMap<>();
        Comparator<Entry> better = Comparator
                .comparing((Entry e) -> !e.term().text().equals(matched))
                .thenComparing(e -> !e.term().text().equalsIgnoreCase(matched))
                .thenComparing(e -> e.term().status().ordinal())
                .thenComparing(Entry::order);
        nodes.stream().flatMap(n -> n.entries.stream()).sorted(Comparator.comparing(Entry::order))
                .forEach(e -> best.merge(e.concept(), e, (a, b) -> better.compare(a, b) <= 0 ? a : b));
        return best.values().stream().sorted(Comparator.comparing(Entry::order))
                .map(e -> new TermHit(e.concept(), e.term(), start, end)).toList();
    }
}
