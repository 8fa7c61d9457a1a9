package org.passerelle.core.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A target language's renderings of source words whose meaning a translation can turn into its
 * opposite ("l'année prochaine": "next year", not "last year"; "reportée": postponed, not
 * cancelled): the source word, the target words that render it, the target words that render its
 * opposite, and the source words that would justify those. A translation that has a rendering of
 * the opposite and none of the word reverses the meaning.
 */
public final class Opposites {
    public static final Opposites NONE = new Opposites(List.of());

    /** One word and its opposite; case-insensitive regular expressions matched on whole words. */
    public record Pair(Pattern source, Pattern renderings, Pattern opposites, Optional<Pattern> justifiedBy, String meaning) {
        /** The rendering of the opposite in {@code target}, when the source has the word and nothing renders it. */
        public Optional<Matcher> find(String sourceText, String targetText) {
            if (!source.matcher(sourceText).find() || justifiedBy.map(j -> j.matcher(sourceText).find()).orElse(false)
                    || renderings.matcher(targetText).find()) {
                return Optional.empty();
            }
            Matcher m = opposites.matcher(targetText);
            return m.find() ? Optional.of(m) : Optional.empty();
        }
    }

    private final List<Pair> pairs;

    private Opposites(List<Pair> pairs) {
        this.pairs = List.copyOf(pairs);
    }

    public List<Pair> pairs() {
        return pairs;
    }

    /** The table in the UTF-8 resource {@code name} beside {@code owner}. */
    public static Opposites resource(Class<?> owner, String name) {
        return parse(BundledText.read(owner, name));
    }

    /**
     * Reads a table: one word a line, tab-separated: source pattern, target renderings, target
     * renderings of the opposite, source words that justify those (or "-"), what the source word
     * means; '#' starts a comment line.
     */
    public static Opposites parse(String table) {
        List<Pair> pairs = new ArrayList<>();
        for (String[] f : BundledText.rows(table, 5, "opposites")) {
            pairs.add(new Pair(BundledText.word(f[0]), BundledText.word(f[1]), BundledText.word(f[2]),
                    BundledText.optionalWord(f[3]), f[4]));
        }
        return new Opposites(pairs);
    }
}
