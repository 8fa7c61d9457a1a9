package org.passerelle.core.lang;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The countries a language names, each by a code shared across languages ("KH") and the words that
 * name it there: its name, its people's adjective, its capital ("Cambodge", "cambodgienne", "Phnom
 * Penh"; "Cambodia", "Cambodian"; "Campuchia"). Matched on whole words and in the table's own case,
 * since a lower-case word may be another ("tư pháp" is justice, "Pháp" France). Immutable.
 */
public final class CountryNames {
    public static final CountryNames NONE = new CountryNames(Map.of());

    private final Map<String, WordPattern> byCode;

    private CountryNames(Map<String, WordPattern> byCode) {
        this.byCode = Map.copyOf(byCode);
    }

    /** The codes of the countries {@code text} names. */
    public Set<String> in(String text) {
        Set<String> codes = new TreeSet<>();
        byCode.forEach((code, names) -> {
            if (names.find(text)) {
                codes.add(code);
            }
        });
        return codes;
    }

    /** Every place {@code text} names the country {@code code}, in order; none for a code the table lacks. */
    public List<MatchResult> all(String code, String text) {
        WordPattern names = byCode.get(code);
        if (names == null || !names.literals().mayBeIn(text)) {
            return List.of();
        }
        return names.matcher(text).results().toList();
    }

    /** Where {@code text} first names the country {@code code}: its match, or null. */
    public Matcher first(String code, String text) {
        WordPattern names = byCode.get(code);
        return names == null ? null : names.first(text);
    }

    /** The words that name each country, by its code. */
    public Map<String, WordPattern> patterns() {
        return byCode;
    }

    public boolean isEmpty() {
        return byCode.isEmpty();
    }

    /** The table in the UTF-8 resource {@code name} beside {@code owner}. */
    public static CountryNames resource(Class<?> owner, String name) {
        return parse(BundledText.read(owner, name));
    }

    /** Reads a table: one country a line, tab-separated: its code, a regular expression of its words; '#' starts a comment. */
    public static CountryNames parse(String table) {
        Map<String, WordPattern> byCode = new LinkedHashMap<>();
        for (String[] f : BundledText.rows(table, 2, "countries")) {
            byCode.put(f[0], WordPattern.of(Pattern.compile("(?<![\\p{L}\\p{M}])(?:" + f[1] + ")(?![\\p{L}\\p{M}])",
                    Pattern.UNICODE_CASE)));
        }
        return new CountryNames(byCode);
    }
}
