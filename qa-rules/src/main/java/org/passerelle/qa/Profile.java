package org.passerelle.qa;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.passerelle.core.AtomicFile;
import org.passerelle.core.InputException;

/**
 * Which checks run, at which severity, with which parameters.
 *
 * <p>The format is a line-based properties file ({@code key = value}, {@code #} comments, no
 * continuation lines). Every key is {@code <check-id>.<setting>}: {@code enabled} (true/false),
 * {@code severity} (error/warning/info, for target-side findings), {@code source-severity} (for
 * findings on the French source) and the check's own parameters. The commented default profile
 * ({@code default-profile.properties}, written out by {@link #writeDefault}) lists every key that
 * exists; a user profile only overrides some of them, and a key the default does not know is an
 * error naming its line, so a typo never silently turns a check off.
 */
public final class Profile {
    static final String DEFAULT_RESOURCE = "default-profile.properties";
    private static final Map<String, String> DEFAULTS = loadDefaults();

    /** Settings whose values come from a fixed list, by setting name. */
    private static final Map<String, List<String>> ALLOWED_VALUES = Map.of(
            "severity", List.of("error", "warning", "info"),
            "source-severity", List.of("error", "warning", "info"),
            "style", List.of("auto", "main-vowel", "first-vowel"),
            "english-variant", List.of("en-US", "en-GB", "en-AU", "en-CA", "en-NZ", "en-ZA"));

    private final Map<String, String> values;

    private Profile(Map<String, String> values) {
        this.values = values;
    }

    /** The built-in default profile. */
    public static Profile defaults() {
        return new Profile(DEFAULTS);
    }

    /** The default profile with {@code file}'s settings over it. */
    public static Profile load(Path file) throws InputException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InputException(file, "profile not found");
        } catch (MalformedInputException e) {
            throw new InputException(file, "profile is not UTF-8 text", e);
        } catch (IOException e) {
            throw new InputException(file, "cannot read profile: " + e.getMessage(), e);
        }
        Map<String, String> merged = new HashMap<>(DEFAULTS);
        merged.putAll(parse(file, lines, true));
        return new Profile(Collections.unmodifiableMap(merged));
    }

    /** Overrides given as {@code key=value} pairs (e.g. from the command line), validated like a file. */
    public Profile with(String key, String value) throws InputException {
        Map<String, String> merged = new HashMap<>(values);
        merged.putAll(parse(null, List.of(key + " = " + value), true));
        return new Profile(Collections.unmodifiableMap(merged));
    }

    /** Ids of every check the profile knows, in default-profile order. */
    public Set<String> checkIds() {
        return checkIds(DEFAULTS.keySet());
    }

    public boolean enabled(String checkId) {
        return Boolean.parseBoolean(require(checkId + ".enabled"));
    }

    public CheckSettings settings(String checkId) {
        String prefix = checkId + ".";
        Map<String, String> params = new HashMap<>();
        values.forEach((k, v) -> {
            if (k.startsWith(prefix) && checkIdOf(k).equals(checkId)) {
                params.put(k.substring(prefix.length()), v);
            }
        });
        Severity severity = Severity.parse(require(prefix + "severity"));
        String source = params.get("source-severity");
        return new CheckSettings(checkId, enabled(checkId), severity,
                source == null ? severity : Severity.parse(source), params);
    }

    /** The commented default profile, as shipped. */
    public static String defaultText() {
        try (InputStream in = Profile.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the commented default profile for users to copy and edit. */
    public static void writeDefault(Path file) throws IOException {
        AtomicFile.writeString(file, defaultText());
    }

    private String require(String key) {
        String v = values.get(key);
        if (v == null) {
            throw new IllegalArgumentException("unknown profile key " + key);
        }
        return v;
    }

    private static Map<String, String> loadDefaults() {
        try {
            List<String> lines = defaultText().lines().toList();
            return Collections.unmodifiableMap(parse(null, lines, false));
        } catch (InputException e) {
            throw new IllegalStateException("the built-in profile is broken: " + e.oneLine(), e);
        }
    }

    private static Map<String, String> parse(Path file, List<String> lines, boolean validate) throws InputException {
        Map<String, String> result = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            int lineNo = i + 1;
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new InputException(file, lineNo, 1, "expected 'check-id.setting = value', got '" + line + "'");
            }
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            if (validate) {
                validate(file, lineNo, key, value, lines.get(i).indexOf('=') + 2);
            }
            result.put(key, value);
        }
        return result;
    }

    private static void validate(Path file, int line, String key, String value, int valueColumn) throws InputException {
        String def = DEFAULTS.get(key);
        if (def == null && key.endsWith(".source-severity") && !checkIdOf(key).isEmpty()
                && key.equals(checkIdOf(key) + ".source-severity")) {
            def = "info";
        }
        if (def == null) {
            throw new InputException(file, line, 1, "unknown profile key '" + key + "'" + hint(key));
        }
        String problem = null;
        java.util.List<String> allowed = ALLOWED_VALUES.get(key.substring(key.lastIndexOf('.') + 1));
        if (allowed != null && !allowed.contains(value)) {
            problem = "must be one of " + String.join(", ", allowed);
        } else if (key.endsWith(".severity")) {
            try {
                Severity.parse(value);
            } catch (IllegalArgumentException e) {
                problem = "severity must be error, warning or info";
            }
        } else if (isBoolean(def) && !isBoolean(value)) {
            problem = "must be true or false";
        } else if (def.matches("-?\\d+") && !value.matches("-?\\d+")) {
            problem = "must be a whole number";
        } else if (def.matches("-?\\d+\\.\\d+") && !value.matches("-?\\d+(\\.\\d+)?")) {
            problem = "must be a number";
        }
        if (problem != null) {
            throw new InputException(file, line, valueColumn, key + " " + problem + ", got '" + value + "'");
        }
    }

    private static String hint(String key) {
        String id = checkIdOf(key);
        if (id.isEmpty()) {
            return "; known checks: " + String.join(", ", checkIds(DEFAULTS.keySet()));
        }
        return "; " + id + " has: " + String.join(", ", DEFAULTS.keySet().stream()
                .filter(k -> checkIdOf(k).equals(id)).map(k -> k.substring(id.length() + 1)).toList());
    }

    private static boolean isBoolean(String v) {
        return v.equals("true") || v.equals("false");
    }

    private static Set<String> checkIds(Set<String> keys) {
        Set<String> ids = new LinkedHashSet<>();
        for (String k : keys) {
            if (k.endsWith(".enabled")) {
                ids.add(k.substring(0, k.length() - ".enabled".length()));
            }
        }
        return ids;
    }

    /** The longest known check id that prefixes the key ("vi.syllable.x" → "vi.syllable"), or "". */
    private static String checkIdOf(String key) {
        String best = "";
        for (String id : checkIds(DEFAULTS.keySet())) {
            if (key.startsWith(id + ".") && id.length() > best.length()) {
                best = id;
            }
        }
        return best;
    }
}
