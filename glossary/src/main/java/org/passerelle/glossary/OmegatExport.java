package org.passerelle.glossary;

import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMResult;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.passerelle.core.AtomicFile;
import org.passerelle.core.InputException;
import org.passerelle.core.Languages;
import org.passerelle.glossary.tbx.TbxContext;
import org.passerelle.glossary.tbx.TbxDocument;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A termbase for OmegaT 3.6, which reads neither TBX v3 nor Passerelle's spreadsheets: its own
 * tab-separated glossary (source, target, comment) or TBX v2 {@code martif}, for one pair of
 * languages. The martif is the TBX-Basic DCA document Passerelle writes, marshalled by JAXB and
 * given the v2 element names without a namespace, as TBX 2008 has them.
 */
public final class OmegatExport {
    private static final Map<String, String> V2_NAMES = Map.of("tbx", "martif", "tbxHeader", "martifHeader",
            "conceptEntry", "termEntry", "langSec", "langSet", "termSec", "tig");

    private final Termbase termbase;
    private final String sourceLanguage;
    private final String targetLanguage;
    private int lines;

    /** For this pair of languages, whatever other languages the termbase has. */
    public OmegatExport(Termbase termbase, String sourceLanguage, String targetLanguage) {
        this.termbase = termbase;
        this.sourceLanguage = sourceLanguage;
        this.targetLanguage = targetLanguage;
    }

    /**
     * @param targetLanguage the target language, or null for the termbase's only language other
     *                       than its source language
     */
    public static OmegatExport of(Termbase termbase, String targetLanguage, Path file) throws InputException {
        String source = termbase.sourceLanguage();
        if (targetLanguage != null) {
            return new OmegatExport(termbase, source, targetLanguage);
        }
        List<String> others = termbase.languages().stream().filter(l -> !Languages.sameLanguage(l, source)).toList();
        if (others.size() != 1) {
            throw new InputException(file, "an OmegaT glossary has one target language and this termbase has "
                    + (others.isEmpty() ? "none" : others.size() + " " + others) + ": give --target-lang");
        }
        return new OmegatExport(termbase, source, others.get(0));
    }

    public String sourceLanguage() {
        return sourceLanguage;
    }

    public String targetLanguage() {
        return targetLanguage;
    }

    /** Lines (TSV) or concepts (martif) written by the last write. */
    public int lines() {
        return lines;
    }

    /** OmegaT's tab-separated glossary, UTF-8 with a BOM, which OmegaT's encoding detection needs for a .txt file. */
    public void writeTsv(Path file) throws IOException {
        StringBuilder text = new StringBuilder();
        try (Writer out = new StringWriter()) {
            BilingualGlossary.writeOmegat(termbase, sourceLanguage, targetLanguage, out);
            text.append(out);
        }
        lines = (int) text.chars().filter(c -> c == '\n').count();
        AtomicFile.write(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            writer.write(text.toString());
            writer.flush();
        });
    }

    /** TBX v2 {@code martif} with the two languages' terms of every concept that has a target term. */
    public void writeMartif(Path file) throws IOException {
        List<Concept> pair = new ArrayList<>();
        for (Concept c : termbase.concepts()) {
            List<Term> terms = c.terms().stream().filter(t -> t.inLanguage(sourceLanguage) || t.inLanguage(targetLanguage)).toList();
            if (!c.terms(targetLanguage).isEmpty() && !c.terms(sourceLanguage).isEmpty()) {
                pair.add(new Concept(c.id(), c.subjectField(), c.definition(), c.note(), terms));
            }
        }
        lines = pair.size();
        Document martif = martif(TbxWriter.toDocument(new Termbase(sourceLanguage, pair)));
        AtomicFile.write(file, out -> {
            try {
                Transformer transformer = TransformerFactory.newDefaultInstance().newTransformer();
                transformer.setOutputProperty(OutputKeys.INDENT, "yes");
                transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
                transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
                transformer.transform(new DOMSource(martif), new StreamResult(out));
            } catch (TransformerException e) {
                throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
            }
        });
    }

    private static Document martif(TbxDocument v3) throws IOException {
        try {
            Document dom = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder().newDocument();
            Marshaller marshaller = TbxContext.get().createMarshaller();
            marshaller.marshal(v3, new DOMResult(dom));
            Element root = dom.getDocumentElement();
            Document v2 = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().newDocument();
            Element martif = (Element) v2.appendChild(rename(v2, root));
            martif.setAttribute("type", "TBX-Basic");
            martif.removeAttribute("style");
            return v2;
        } catch (JAXBException | ParserConfigurationException e) {
            throw new IOException("cannot build the TBX v2 document: " + e.getMessage(), e);
        }
    }

    /** A copy of a v3 element in no namespace, with its v2 name; attributes in the xml namespace (xml:lang) are kept as such. */
    private static Node rename(Document v2, Node node) {
        if (!(node instanceof Element e)) {
            return v2.importNode(node, false);
        }
        String name = V2_NAMES.getOrDefault(e.getLocalName(), e.getLocalName());
        Element copy = v2.createElement(name);
        for (int i = 0; i < e.getAttributes().getLength(); i++) {
            Node a = e.getAttributes().item(i);
            if ("http://www.w3.org/2000/xmlns/".equals(a.getNamespaceURI())) {
                continue;
            }
            copy.setAttribute(a.getNodeName(), a.getNodeValue());
        }
        for (Node child = e.getFirstChild(); child != null; child = child.getNextSibling()) {
            copy.appendChild(rename(v2, child));
        }
        return copy;
    }
}
