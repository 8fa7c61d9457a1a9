package org.passerelle.qa;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.passerelle.core.AtomicFile;
import org.passerelle.core.Excerpt;
import org.passerelle.core.InputException;
import org.passerelle.core.InputFile;

/**
 * Which checks run, at which severity, with which parameters.
 *
 * <p>The format is a line-based properties file ({@code key = value}, {@code #} comments, no
 * continuation lines). Every key is {@code <check-id>.<setting>}: {@code enabled} (true/false),
 * {@code severity} (error/warning/info, for target-side findings), {@code source-severity} (for
 * findings on the French source) and the check's own parameters. A profile knows the checks whose
 * definitions it was made with: their defaults, and the types and allowed values of their
 * settings. A user profile only overrides some keys, and a key no definition has is an error
 * naming its line, so a typo never silently turns a check off.
 */
public final class Profile {
    /** Read whole into memory: far past any real profile, well within the documented heap. */
    static final long MAX_BYTES = 64L << 20;
    private final List<CheckDefinition> definitions;
    private final Map<String, String> values;

    private Profile(List<CheckDefinition> definitions, Map<String, String> values) {
        this.definitions = List.copyOf(definitions);
        this.values = Collections.unmodifiableMap(values);
    }

    /** The built-in default profile. */
    public static Profile defaults() {
        return defaults(CheckRegistry.all());
    }

    /** Every check of {@code definitions} at its defaults. */
    public static Profile defaults(List<CheckDefinition> definitions) {
        return new Profile(definitions, defaultValues(definitions));
    }

    /** The default profile with {@code file}'s settings over it. */
    public static Profile load(Path file) throws InputException {
        return load(file, CheckRegistry.all());
    }

    /** The defaults of {@code definitions} with {@code file}'s settings over them. */
    public static Profile load(Path file, List<CheckDefinition> definitions) throws InputException {
        List<String> lines;
        InputFile.refuseIfSpecial(file);
        try {
            if (Files.exists(file) && Files.size(file) > MAX_BYTES) {
                throw new InputException(file, "profile of " + Files.size(file) + " bytes is larger than the limit of "
                        + MAX_BYTES + " bytes (a profile lists only what it changes)");
            }
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InputException(file, "profile not found");
        } catch (MalformedInputException e) {
            throw new InputException(file, "profile is not UTF-8 text", e);
        } catch (IOException e) {
            throw new InputException(file, "cannot read profile: " + e.getMessage(), e);
        }
        return defaults(definitions).merge(file, lines);
    }

    /** Overrides given as {@code key=value} pairs (e.g. from the command line), validated like a file. */
    public Profile with(String key, String value) throws InputException {
        return merge(null, List.of(key + " = " + value));
    }

    /** This profile, also knowing the checks of {@code more} it did not know, at their defaults. */
    public Profile withChecks(List<CheckDefinition> more) {
        List<CheckDefinition> all = new ArrayList<>(definitions);
        Set<String> known = checkIds();
        more.stream().filter(d -> !known.contains(d.id())).forEach(all::add);
        Map<String, String> merged = defaultValues(all);
        merged.putAll(values);
        return new Profile(all, merged);
    }

    /** The definitions of every check the profile knows, in profile order. */
    public List<CheckDefinition> definitions() {
        return definitions;
    }

    /** Ids of every check the profile knows, in profile order. */
    public Set<String> checkIds() {
        Set<String> ids = new LinkedHashSet<>();
        definitions.forEach(d -> ids.add(d.id()));
        return ids;
    }

    public boolean enabled(String checkId) {
        return Boolean.parseBoolean(require(checkId + ".enabled"));
    }

    public CheckSettings settings(String checkId) {
        String prefix = checkId + ".";
        Map<String, String> params = new HashMap<>();
        values.forEach((k, v) -> {
            if (k.startsWith(prefix) && definitionOf(k).map(d -> d.id().equals(checkId)).orElse(false)) {
                params.put(k.substring(prefix.length()), v);
            }
        });
        Severity severity = Severity.parse(require(prefix + "severity"));
        String source = params.get("source-severity");
        return new CheckSettings(checkId, enabled(checkId), severity,
                source == null ? severity : Severity.parse(source), params);
    }

    /** The commented default profile of the built-in checks, as users get it. */
    public static String defaultText() {
        return ProfileText.of(CheckRegistry.all());
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

    private static Map<String, String> defaultValues(List<CheckDefinition> definitions) {
        Map<String, String> result = new LinkedHashMap<>();
        for (CheckDefinition d : definitions) {
            for (Parameter p : d.settings()) {
                if (!p.name().equals("source-severity") || d.sourceSeverity().isPresent()) {
                    result.put(d.id() + "." + p.name(), p.defaultValue());
                }
            }
        }
        return result;
    }

    private Profile merge(Path file, List<String> lines) throws InputException {
        Map<String, String> merged = new LinkedHashMap<>(values);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            int lineNo = i + 1;
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new InputException(file, lineNo, 1, "expected 'check-id.setting = value', got " + Excerpt.quoted(line));
            }
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            validate(file, lineNo, key, value, lines.get(i).indexOf('=') + 2);
            merged.put(key, value);
        }
        return new Profile(definitions, merged);
    }

    private void validate(Path file, int line, String key, String value, int valueColumn) throws InputException {
        Optional<CheckDefinition> check = definitionOf(key);
        Optional<Parameter> setting = check.flatMap(d -> d.setting(key.substring(d.id().length() + 1)));
        if (setting.isEmpty()) {
            throw new InputException(file, line, 1, "unknown profile key " + Excerpt.quoted(key) + hint(check));
        }
        String problem = setting.get().problem(value);
        if (problem != null) {
            throw new InputException(file, line, valueColumn, key + " " + problem + ", got " + Excerpt.quoted(value));
        }
    }

    private String hint(Optional<CheckDefinition> check) {
        if (check.isEmpty()) {
            return "; known checks: " + String.join(", ", checkIds());
        }
        String id = check.get().id();
        return "; " + id + " has: " + String.join(", ", defaultValues(List.of(check.get())).keySet().stream()
                .map(k -> k.substring(id.length() + 1)).toList());
    }

    /** The check with the longest id that prefixes the key ("vi.syllable.x" → vi.syllable). */
    private Optional<CheckDefinition> definitionOf(String key) {
        CheckDefinition best = null;
        for (CheckDefinition d : definitions) {
            if (key.startsWith(d.id() + ".") && (best == null || d.id().length() > best.id().length())) {
                best = d;
            }
        }
        return Optional.ofNullable(best);
    }
}
