package org.passerelle.core.lang;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Acronyms of a source language and how one target language writes them: French "ONU" is "UN" in
 * English and "LHQ" in Vietnamese, "VNA" is "TTXVN" only in Vietnamese. Each pair is written
 * {@code SOURCE=TARGET}; one acronym may have several ("PCV=CPV", "PCV=ĐCSVN").
 */
public final class AcronymEquivalents {
    public static final AcronymEquivalents NONE = new AcronymEquivalents(Map.of());

    private final Map<String, Set<String>> pairs;

    private AcronymEquivalents(Map<String, Set<String>> pairs) {
        this.pairs = pairs;
    }

    /** The pairs of a text: {@code SOURCE=TARGET} separated by commas or lines; "#" starts a comment line. */
    public static AcronymEquivalents parse(String text) {
        Map<String, Set<String>> pairs = new HashMap<>();
        PairText.forEach(text, (source, target) -> pairs.computeIfAbsent(source, k -> new HashSet<>()).add(target));
        pairs.replaceAll((k, v) -> Set.copyOf(v));
        return new AcronymEquivalents(Map.copyOf(pairs));
    }

    /** The pairs of a UTF-8 resource next to {@code owner} (a language module's list). */
    public static AcronymEquivalents resource(Class<?> owner, String name) {
        return parse(BundledText.read(owner, name));
    }

    /** These pairs and {@code other}'s. */
    public AcronymEquivalents and(AcronymEquivalents other) {
        Map<String, Set<String>> all = new HashMap<>();
        for (AcronymEquivalents e : new AcronymEquivalents[] {this, other}) {
            e.pairs.forEach((k, v) -> all.computeIfAbsent(k, x -> new HashSet<>()).addAll(v));
        }
        return new AcronymEquivalents(Map.copyOf(all));
    }

    /** How the target language may write {@code acronym} of the source; empty when the list does not say. */
    public Set<String> of(String acronym) {
        return pairs.getOrDefault(acronym, Set.of());
    }
}
