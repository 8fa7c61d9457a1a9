package org.passerelle.core.lang;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A list of a language's words or names as it writes them (NFC, one a line in a UTF-8 resource of
 * the language module, '#' starting a comment line): Vietnamese "quốc phòng", "Tô Lâm".
 */
public record WordList(Set<String> entries) {
    public static final WordList NONE = new WordList(Set.of());

    public WordList {
        entries = Set.copyOf(entries);
    }

    /** The list in the UTF-8 resource {@code name} beside {@code owner}. */
    public static WordList resource(Class<?> owner, String name) {
        return parse(BundledText.read(owner, name));
    }

    /** One entry a line, blanks inside an entry collapsed to one space; blank and '#' lines skipped. */
    public static WordList parse(String text) {
        Set<String> entries = new LinkedHashSet<>();
        for (String line : text.split("\\R")) {
            String entry = Normalizer.normalize(line.strip().replaceAll("\\s+", " "), Normalizer.Form.NFC);
            if (!entry.isEmpty() && !entry.startsWith("#")) {
                entries.add(entry);
            }
        }
        return new WordList(entries);
    }

    public boolean contains(String entry) {
        return entries.contains(entry);
    }
}
