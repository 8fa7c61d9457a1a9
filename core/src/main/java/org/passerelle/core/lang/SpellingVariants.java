package org.passerelle.core.lang;

import java.util.HashMap;
import java.util.Map;

/**
 * Words one language spells two ways by region ("defence" and "defense"), for term matching: a
 * termbase written in one standard names the same thing in a translation written in the other
 * ("ASEAN Defense Ministers' Meeting-Plus" in an en-US file, the termbase's "Defence"). Which
 * spelling a variant wants is the spelling check's business, not the termbase's. Each pair is
 * written {@code ONE=OTHER}, separated by commas or lines; "#" starts a comment line.
 */
public final class SpellingVariants {
    public static final SpellingVariants NONE = new SpellingVariants(Map.of());

    private final Map<String, String> toOther;

    private SpellingVariants(Map<String, String> toOther) {
        this.toOther = toOther;
    }

    public static SpellingVariants parse(String text) {
        Map<String, String> pairs = new HashMap<>();
        for (String line : text.split("\\R")) {
            if (line.strip().startsWith("#")) {
                continue;
            }
            for (String pair : line.split(",")) {
                String[] sides = pair.split("=");
                if (sides.length == 2 && !sides[0].isBlank() && !sides[1].isBlank()) {
                    pairs.put(LatinKeys.fold(sides[0].strip()), LatinKeys.fold(sides[1].strip()));
                }
            }
        }
        return new SpellingVariants(Map.copyOf(pairs));
    }

    /** The pairs of a UTF-8 resource next to {@code owner} (a language module's list). */
    public static SpellingVariants resource(Class<?> owner, String name) {
        return parse(BundledText.read(owner, name));
    }

    /** A folded word in the list's second spelling ("defence" → "defense"); any other word as it is. */
    public String common(String folded) {
        return toOther.getOrDefault(folded, folded);
    }
}
