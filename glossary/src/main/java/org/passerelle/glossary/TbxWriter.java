package org.passerelle.glossary;

import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.passerelle.core.AtomicFile;
import org.passerelle.glossary.tbx.Body;
import org.passerelle.glossary.tbx.ConceptEntry;
import org.passerelle.glossary.tbx.Container;
import org.passerelle.glossary.tbx.TbxContext;
import org.passerelle.glossary.tbx.TbxDocument;
import org.passerelle.glossary.tbx.TbxHeader;
import org.passerelle.glossary.tbx.TbxText;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Writes TBX v3, TBX-Basic, atomically: DCA style, or DCT when the file it was read from is DCT. */
public final class TbxWriter {
    /**
     * The file's own processing instructions when it was read from one; for a new file, the links
     * that let editors and validators find the official schemas, as the LTAC samples have.
     */
    private static String prolog(TbxDocument document) {
        String declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
        if (document.prolog().isPresent()) {
            List<String> own = document.prolog().get();
            return own.isEmpty() ? declaration : declaration + "\n" + String.join("\n", own);
        }
        String dialect = "dct".equals(document.style()) ? "DCT/TBX-Basic_DCT.sch" : "DCA/TBX-Basic_DCA.sch";
        return declaration + "\n"
                + "<?xml-model href=\"https://raw.githubusercontent.com/LTAC-Global/TBX_Core_RNG/master/TBXcoreStructV03.rng\""
                + " type=\"application/xml\" schematypens=\"http://relaxng.org/ns/structure/1.0\"?>\n"
                + "<?xml-model href=\"https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/" + dialect + "\""
                + " type=\"application/xml\" schematypens=\"http://purl.oclc.org/dsdl/schematron\"?>";
    }

    public void write(Termbase termbase, Path file) throws IOException {
        TbxDocument document = toDocument(termbase);
        AtomicFile.write(file, out -> {
            try {
                Marshaller marshaller = TbxContext.get().createMarshaller();
                marshaller.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, true);
                marshaller.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
                marshaller.setProperty("org.glassfish.jaxb.indentString", "  ");
                // A fragment, so that the declaration and the xml-model instructions come from PROLOG.
                marshaller.setProperty(Marshaller.JAXB_FRAGMENT, true);
                marshaller.setProperty("org.glassfish.jaxb.xmlHeaders", prolog(document));
                marshaller.setProperty("org.glassfish.jaxb.namespacePrefixMapper", new RootNamespaces(document.rootNamespaces()));
                marshaller.marshal(document, out);
            } catch (JAXBException e) {
                throw new IOException("cannot write " + file + ": " + e, e);
            }
        });
    }

    /** The document {@link #write} would write, for checking it first. */
    public TbxDocument document(Termbase termbase) {
        return toDocument(termbase);
    }

    /**
     * The document to write: the one the termbase was read from, with the entries of changed
     * concepts updated, or a new TBX-Basic document.
     */
    static TbxDocument toDocument(Termbase termbase) {
        TbxDocument original = termbase.document().orElse(null);
        TbxDocument document = new TbxDocument(termbase.sourceLanguage() == null ? "en" : termbase.sourceLanguage());
        Map<String, ConceptEntry> entries = new HashMap<>();
        TbxText text = new TbxText();
        if (original != null) {
            document.otherAttributes().putAll(original.otherAttributes());
            document.rootNamespaces().putAll(original.rootNamespaces());
            document.setProlog(original.prolog().orElse(null));
            if (original.type() != null && original.type().startsWith("TBX-")) {
                document.setType(original.type());
            }
            if ("dca".equals(original.style()) || "dct".equals(original.style())) {
                document.setStyle(original.style());
            }
            for (Object child : original.children()) {
                if (child instanceof TbxText originalText) {
                    copyShallow(originalText, text);
                    for (Object c : originalText.children()) {
                        if (!(c instanceof Body)) {
                            text.children().add(c);
                        }
                    }
                } else {
                    document.children().add(child);
                }
            }
            for (ConceptEntry entry : original.conceptEntries()) {
                entries.putIfAbsent(entry.id(), entry);
            }
        }
        if (document.header() == null) {
            document.children().add(0, defaultHeader());
        }
        if (document.children(TbxText.class).isEmpty()) {
            document.children().add(text);
        }
        Body body = text.body();
        if (original != null) {
            copyShallow(original.text().body(), body);
        }
        DataCategories style = new DataCategories(document.style());
        for (Concept concept : termbase.concepts()) {
            ConceptEntry entry = entries.get(concept.id());
            body.children().add(entry == null ? EntryUpdate.create(concept, style)
                    : EntryUpdate.reconcile(entry, concept, termbase.sourceLanguage(), style));
        }
        return document;
    }

    private static void copyShallow(Container from, Container to) {
        to.otherAttributes().putAll(from.otherAttributes());
    }

    private static TbxHeader defaultHeader() {
        try {
            Document dom = javax.xml.parsers.DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder().newDocument();
            Element fileDesc = dom.createElementNS(TbxDocument.NS, "fileDesc");
            Element sourceDesc = dom.createElementNS(TbxDocument.NS, "sourceDesc");
            Element p = dom.createElementNS(TbxDocument.NS, "p");
            p.setTextContent("Written by Passerelle");
            sourceDesc.appendChild(p);
            fileDesc.appendChild(sourceDesc);
            TbxHeader header = new TbxHeader();
            header.children().addAll(List.of(fileDesc));
            return header;
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
