package org.passerelle.glossary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The concepts of a termbase in file order. Read with {@link TbxReader}, written with {@link TbxWriter}. */
public final class Termbase {
    private final String sourceLanguage;
    private final Map<String, Concept> concepts = new LinkedHashMap<>();

    public Termbase(String sourceLanguage, List<Concept> concepts) {
        this.sourceLanguage = sourceLanguage;
        for (Concept c : concepts) {
            this.concepts.put(c.id(), c);
        }
    }

    /** The termbase's declared source language (TBX {@code xml:lang} of the root), e.g. "fr". */
    public String sourceLanguage() {
        return sourceLanguage;
    }

    public List<Concept> concepts() {
        return List.copyOf(concepts.values());
    }

    public Optional<Concept> concept(String id) {
        return Optional.ofNullable(concepts.get(id));
    }

    /** Primary language tags present ("en", "fr", "vi"). */
    public Set<String> languages() {
        Set<String> langs = new TreeSet<>();
        concepts.values().forEach(c -> c.terms().forEach(t -> langs.add(Languages.primary(t.language()))));
        return langs;
    }

    public int size() {
        return concepts.size();
    }
}
