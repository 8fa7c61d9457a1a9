package org.passerelle.core.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A target language's well-known false friends of one source language: a source word ("actuellement")
 * and the target word that looks like it but means something else ("actually"), with what the
 * source word means ("currently"). A pair applies only when the source has the word, the target has
 * the false friend, and no other source word justifies the target's ("en fait" is "actually").
 */
public final class FalseFriends {
    public static final FalseFriends NONE = new FalseFriends(List.of());

    /** One pair; the patterns are case-insensitive regular expressions matched on whole words. */
    public record Pair(Pattern source, Pattern target, Optional<Pattern> justifiedBy, String meaning) {
        /** The false friend in {@code target}, when the source has the word and nothing else in it justifies the target's. */
        public Optional<Matcher> find(String sourceText, String targetText) {
            if (!source.matcher(sourceText).find() || justifiedBy.map(j -> j.matcher(sourceText).find()).orElse(false)) {
                return Optional.empty();
            }
            Matcher m = target.matcher(targetText);
            return m.find() ? Optional.of(m) : Optional.empty();
        }
    }

    private final List<Pair> pairs;

    private FalseFriends(List<Pair> pairs) {
        this.pairs = List.copyOf(pairs);
    }

    public List<Pair> pairs() {
        return pairs;
    }

    /**
     * Reads a table: one pair a line, tab-separated: source pattern, target pattern, pattern of the
     * source words that justify the target word (or "-"), the source word's meaning; '#' starts a comment line.
     */
    public static FalseFriends read(InputStream table) {
        List<Pair> pairs = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(table, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 4) {
                    throw new IllegalArgumentException("false friends: 4 tab-separated fields expected: " + line);
                }
                pairs.add(new Pair(word(f[0]), word(f[1]), f[2].equals("-") ? Optional.empty() : Optional.of(word(f[2])),
                        f[3]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FalseFriends(pairs);
    }

    private static Pattern word(String regex) {
        return Pattern.compile("(?<![\\p{L}\\p{M}])(?:" + regex + ")(?![\\p{L}\\p{M}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
