package org.passerelle.glossary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.passerelle.core.InputException;
import org.passerelle.glossary.tbx.ConceptEntry;
import org.passerelle.glossary.tbx.TbxDocument;
import org.passerelle.glossary.xml.TbxXmlReader;

/** Reads TBX v3 (TBX-Basic, DCA and DCT), TBX v2 ({@code martif}) and CSV termbases. */
public final class TbxReader {

    public Termbase read(Path file) throws InputException {
        if (CsvTermbase.looksLikeCsv(file)) {
            return new CsvTermbase().read(file);
        }
        return toTermbase(file, readDocument(file));
    }

    /**
     * The TBX document itself, with every element and its position in the file: what validation
     * and editing work on. A v2 {@code martif} comes back already in v3 form.
     */
    public TbxDocument readDocument(Path file) throws InputException {
        return new TbxXmlReader().read(file);
    }

    static Termbase toTermbase(Path file, TbxDocument document) throws InputException {
        String sourceLanguage = document.lang();
        List<Concept> concepts = new ArrayList<>();
        Map<String, ConceptEntry> seen = new HashMap<>();
        int position = 0;
        for (ConceptEntry entry : document.conceptEntries()) {
            position++;
            if (entry.id() == null || entry.id().isBlank()) {
                // TBX requires the id; some v2 exporters omit it. A stable one keeps edits addressable.
                entry.setId("c" + position);
            }
            ConceptEntry earlier = seen.putIfAbsent(entry.id(), entry);
            if (earlier != null) {
                throw new InputException(file, entry.line(), entry.column(), "duplicate concept id '"
                        + entry.id() + "' (first at line " + earlier.line() + ")");
            }
            concepts.add(EntryMapping.toConcept(entry, sourceLanguage));
        }
        return new Termbase(sourceLanguage, concepts, document);
    }
}
