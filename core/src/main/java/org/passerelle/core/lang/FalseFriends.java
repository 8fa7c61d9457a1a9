package org.passerelle.core.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * A target language's well-known false friends of one source language: a source word ("actuellement")
 * and the target word that looks like it but means something else ("actually"), with what the
 * source word means ("currently"). A pair applies only when the source has the word, the target has
 * the false friend, and no other source word justifies the target's ("en fait" is "actually").
 */
public final class FalseFriends {
    public static final FalseFriends NONE = new FalseFriends(List.of());

    /** One pair; the patterns are case-insensitive regular expressions matched on whole words. */
    public record Pair(WordPattern source, WordPattern target, Optional<WordPattern> justifiedBy, String meaning) {
        /** The false friend in {@code target}, when the source has the word and nothing else in it justifies the target's. */
        public Optional<Matcher> find(String sourceText, String targetText) {
            if (!source.find(sourceText) || justifiedBy.map(j -> j.find(sourceText)).orElse(false)) {
                return Optional.empty();
            }
            return Optional.ofNullable(target.first(targetText));
        }
    }

    private final List<Pair> pairs;

    private FalseFriends(List<Pair> pairs) {
        this.pairs = List.copyOf(pairs);
    }

    public List<Pair> pairs() {
        return pairs;
    }

    /** The table in the UTF-8 resource {@code name} beside {@code owner}. */
    public static FalseFriends resource(Class<?> owner, String name) {
        return parse(BundledText.read(owner, name));
    }

    /**
     * Reads a table: one pair a line, tab-separated: source pattern, target pattern, pattern of the
     * source words that justify the target word (or "-"), the source word's meaning; '#' starts a comment line.
     */
    public static FalseFriends parse(String table) {
        List<Pair> pairs = new ArrayList<>();
        for (String[] f : BundledText.rows(table, 4, "false friends")) {
            pairs.add(new Pair(BundledText.word(f[0]), BundledText.word(f[1]), BundledText.optionalWord(f[2]), f[3]));
        }
        return new FalseFriends(pairs);
    }
}
