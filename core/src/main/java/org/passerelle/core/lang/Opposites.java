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
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + name + " beside " + owner.getName());
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a table: one word a line, tab-separated: source pattern, target renderings, target
     * renderings of the opposite, source words that justify those (or "-"), what the source word
     * means; '#' starts a comment line.
     */
    public static Opposites read(InputStream table) {
        List<Pair> pairs = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(table, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 5) {
                    throw new IllegalArgumentException("opposites: 5 tab-separated fields expected: " + line);
                }
                pairs.add(new Pair(word(f[0]), word(f[1]), word(f[2]),
                        f[3].equals("-") ? Optional.empty() : Optional.of(word(f[3])), f[4]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Opposites(pairs);
    }

    private static Pattern word(String regex) {
        return Pattern.compile("(?<![\\p{L}\\p{M}])(?:" + regex + ")(?![\\p{L}\\p{M}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
