package org.passerelle.glossary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.passerelle.core.InputException;
import org.passerelle.core.InputFile;
import org.passerelle.glossary.tbx.ConceptEntry;
import org.passerelle.glossary.tbx.TbxDocument;
import org.passerelle.glossary.xml.TbxXmlReader;

/** Reads TBX v3 (TBX-Basic, DCA and DCT), TBX v2 ({@code martif}) and CSV termbases. */
public final class TbxReader {
    /**
     * Larger termbases are refused rather than read into memory: the largest real termbases we
     * know of are a few hundred megabytes. Override with -Dpasserelle.glossary.maxBytes=N.
     */
    static final long MAX_BYTES = Long.getLong("passerelle.glossary.maxBytes", 1L << 30);

    private final long maxBytes;

    public TbxReader() {
        this(MAX_BYTES);
    }

    /** A reader that refuses files larger than {@code maxBytes}. */
    public TbxReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public Termbase read(Path file) throws InputException {
        checkFile(file);
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
        checkFile(file);
        return new TbxXmlReader().read(file);
    }

    /**
     * The concepts only, read one entry at a time: for matching against a termbase too large to
     * hold as a document. The result has no document, so writing it would drop what the model
     * does not know; edit with {@link #read}.
     */
    public Termbase readConcepts(Path file) throws InputException {
        checkFile(file);
        if (CsvTermbase.looksLikeCsv(file)) {
            return new CsvTermbase().read(file);
        }
        List<Concept> concepts = new ArrayList<>();
        Map<String, int[]> seen = new HashMap<>();
        String[] source = {null};
        new TbxXmlReader().forEachEntry(file, (lang, entry) -> {
            source[0] = lang;
            if (entry.id() == null || entry.id().isBlank()) {
                entry.setId("c" + (concepts.size() + 1));
            }
            int[] earlier = seen.putIfAbsent(entry.id(), new int[] {entry.line()});
            if (earlier != null) {
                throw new InputException(file, entry.line(), entry.column(), "duplicate concept id '"
                        + entry.id() + "' (first at line " + earlier[0] + ")");
            }
            concepts.add(EntryMapping.toConcept(entry, lang));
        });
        return new Termbase(source[0], concepts);
    }

    /**
     * A directory, a FIFO or a device named .tbx is refused before it is opened: reading a FIFO
     * would wait for a writer forever.
     */
    void checkFile(Path file) throws InputException {
        if (Files.isDirectory(file)) {
            throw new InputException(file, "is a directory, not a termbase file");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new InputException(file, "not a regular file (a FIFO, socket or device): a termbase must be a file");
        }
        InputFile.require(file);
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new InputException(file, "termbase of " + size + " bytes is larger than the limit of "
                        + maxBytes + " bytes (-Dpasserelle.glossary.maxBytes)");
            }
        } catch (NoSuchFileException e) {
            throw new InputException(file, "no such file");
        } catch (IOException e) {
            throw new InputException(file, "cannot read: " + e.getMessage(), e);
        }
    }

    /** What the file is (TBX v3, its draft namespace, TBX v2), read up to its root element only. */
    public TbxXmlReader.Root root(Path file) throws InputException {
        checkFile(file);
        return new TbxXmlReader().root(file);
    }

    static Termbase toTermbase(Path file, TbxDocument document) throws InputException {
        if (document.fromV2()) {
            // Edited, converted or exported, the entries are TBX-Basic v3 from now on; validate reads the file as it is.
            document.setConversions(TbxBasicConversion.apply(document));
        }
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
