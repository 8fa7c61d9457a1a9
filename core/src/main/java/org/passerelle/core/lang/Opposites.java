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

    /**
     * One word and its opposite; case-insensitive regular expressions matched on whole words. A source
     * pattern with a group named {@value #NAME} anchors the word to the name before it ("Hoai (gauche)"):
     * where the translation renders both the word and its opposite (a caption with "(left)" and
     * "(right)"), the opposite after the same name is reported.
     */
    public record Pair(WordPattern source, WordPattern renderings, WordPattern opposites, Optional<WordPattern> justifiedBy,
            String meaning) {
        /** The rendering of the opposite in {@code target}, when the source has the word and nothing renders it. */
        public Optional<Matcher> find(String sourceText, String targetText) {
            if (!source.find(sourceText)) {
                return Optional.empty();
            }
            // A source that has the opposite too, or a translation that has both, may still swap them between names.
            if (justifiedBy.map(j -> j.find(sourceText)).orElse(false) || renderings.find(targetText)) {
                return afterTheSameName(sourceText, targetText);
            }
            return Optional.ofNullable(opposites.first(targetText));
        }

        /** The source word as {@code sourceText} writes it, without the name it is anchored to; empty if it has none. */
        public String word(String sourceText) {
            Matcher m = source.matcher(sourceText);
            if (!m.find()) {
                return "";
            }
            int from = anchored() && m.group(NAME) != null ? m.end(NAME) : m.start();
            return sourceText.substring(from, m.end()).strip();
        }

        private boolean anchored() {
            return source.pattern().pattern().contains("(?<" + NAME + ">");
        }

        private Optional<Matcher> afterTheSameName(String sourceText, String targetText) {
            if (!anchored()) {
                return Optional.empty();
            }
            String folded = fold(targetText);
            if (folded.length() != targetText.length()) {
                return Optional.empty();
            }
            Matcher word = source.matcher(sourceText);
            while (word.find()) {
                String name = word.group(NAME);
                if (name == null) {
                    continue;
                }
                Matcher at = Pattern.compile("(?<![\\p{L}\\p{M}])" + Pattern.quote(fold(name)) + "\\s*").matcher(folded);
                while (at.find()) {
                    Matcher m = opposites.matcher(targetText);
                    m.region(at.end(), targetText.length());
                    if (m.lookingAt()) {
                        return Optional.of(m);
                    }
                }
            }
            return Optional.empty();
        }

        private static String fold(String text) {
            return LatinKeys.fold(text).replace('đ', 'd');
        }
    }

    /** The group of a source pattern that holds the name its word belongs to. */
    public static final String NAME = "name";

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
