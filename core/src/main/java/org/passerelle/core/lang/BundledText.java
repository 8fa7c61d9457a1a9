package org.passerelle.core.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The UTF-8 lists and tables a language module ships beside its class. A missing or malformed one
 * is the module's own bug, so it fails loudly when the language is built, not as a user's input error.
 */
final class BundledText {
    private BundledText() {
    }

    static String read(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + name + " beside " + owner.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of a tab-separated table, each of exactly {@code fields} fields; blank and '#' lines skipped. */
    static List<String[]> rows(String table, int fields, String what) {
        List<String[]> rows = new ArrayList<>();
        for (String line : table.split("\\R")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != fields) {
                throw new IllegalArgumentException(what + ": " + fields + " tab-separated fields expected: " + line);
            }
            rows.add(f);
        }
        return rows;
    }

    /** A case-insensitive pattern matched on whole words only. */
    static WordPattern word(String regex) {
        return WordPattern.of(Pattern.compile("(?<![\\p{L}\\p{M}])(?:" + regex + ")(?![\\p{L}\\p{M}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    /** {@link #word} of a field, or nothing for "-". */
    static Optional<WordPattern> optionalWord(String field) {
        return field.equals("-") ? Optional.empty() : Optional.of(word(field));
    }
}
