package org.passerelle.glossary;

import org.passerelle.core.Languages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.passerelle.glossary.tbx.TbxDocument;

/** The concepts of a termbase in file order. Read with {@link TbxReader}, written with {@link TbxWriter}. */
public final class Termbase {
    private final String sourceLanguage;
    private final Map<String, Concept> concepts = new LinkedHashMap<>();
    private final TbxDocument document;

    public Termbase(String sourceLanguage, List<Concept> concepts) {
        this(sourceLanguage, concepts, null);
    }

    /**
     * A termbase read from {@code document}: the writer keeps every element of it that the
     * concepts do not change.
     */
    public Termbase(String sourceLanguage, List<Concept> concepts, TbxDocument document) {
        this.document = document;
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

    /** The TBX document this termbase was read from, when it was read from TBX. */
    public Optional<TbxDocument> document() {
        return Optional.ofNullable(document);
    }

    /** The same termbase with {@code concept} added, or replacing the concept with its id. */
    public Termbase with(Concept concept) {
        Map<String, Concept> copy = new LinkedHashMap<>(concepts);
        copy.put(concept.id(), concept);
        return new Termbase(sourceLanguage, List.copyOf(copy.values()), document);
    }

    /** The same termbase without the concept {@code id}. */
    public Termbase without(String id) {
        Map<String, Concept> copy = new LinkedHashMap<>(concepts);
        copy.remove(id);
        return new Termbase(sourceLanguage, List.copyOf(copy.values()), document);
    }

    public int size() {
        return concepts.size();
    }
}
