package org.passerelle.qa.interop;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What an XLIFF file holds, counted with a plain DOM pass that shares no code with our reader (nor
 * Okapi's), so that the reader is measured against the file and not against itself.
 *
 * <p>A target segment counts when it has text other than white space outside inline codes: an
 * empty {@code <target/>} or {@code <mrk/>}, or one holding only placeholders, is no translation,
 * for the file as for the reader (whose target is then blank).
 *
 * @param units   one per 1.x {@code trans-unit} or 2.x {@code unit}, in document order
 * @param codeIds every {@code id} and {@code rid} of an element of the file: the inline codes a message may name
 */
record FileCounts(List<FileUnit> units, Set<String> codeIds) {
    private static final String XLIFF_2 = "urn:oasis:names:tc:xliff:document:2.0";
    private static final Set<String> CODES = Set.of("ph", "bpt", "ept", "it");

    /**
     * One unit of the file.
     *
     * @param segments           its segments in order: 1.2 {@code seg-source} marks (by {@code mid}) or 2.x
     *                           {@code segment}s; empty for an unsegmented 1.x unit
     * @param wholeTranslated    an unsegmented target with content (a 1.x unit without {@code seg-source}, or a
     *                           plain target beside one): the whole unit is translated
     * @param targetText         the text of the unit's target outside inline codes, "" without a target
     */
    record FileUnit(String id, List<FileSegment> segments, boolean wholeTranslated, String targetText) {
        int translatedSegments() {
            if (wholeTranslated) {
                return 1;
            }
            return (int) segments.stream().filter(FileSegment::translated).count();
        }

        /** Whether the reader's segment {@code id} (at {@code index} in the unit) has a translation in the file. */
        boolean translated(String segmentId, int index) {
            if (wholeTranslated) {
                return true;
            }
            for (FileSegment s : segments) {
                if (s.id() != null && s.id().equals(segmentId)) {
                    return s.translated();
                }
            }
            return index < segments.size() && segments.get(index).translated();
        }
    }

    record FileSegment(String id, boolean translated) {
    }

    int unitCount() {
        return units.size();
    }

    int targetSegments() {
        return units.stream().mapToInt(FileUnit::translatedSegments).sum();
    }

    static FileCounts of(Path file) throws Exception {
        Document doc;
        try (InputStream in = Files.newInputStream(file)) {
            doc = secureBuilder().parse(in);
        }
        Element root = doc.getDocumentElement();
        boolean v2 = XLIFF_2.equals(root.getNamespaceURI()) || root.getAttribute("version").startsWith("2");
        return new FileCounts(v2 ? units2(doc) : units1(doc), ids(doc));
    }

    /** Never reads a DTD or an external entity: the corpus is other people's files. */
    private static DocumentBuilder secureBuilder() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        return f.newDocumentBuilder();
    }

    private static List<FileUnit> units1(Document doc) {
        List<FileUnit> units = new ArrayList<>();
        for (Element tu : elements(doc.getElementsByTagNameNS("*", "trans-unit"))) {
            if (!isXliff1(tu)) {
                continue;
            }
            Element target = child(tu, "target");
            Element segSource = child(tu, "seg-source");
            List<FileSegment> segments = new ArrayList<>();
            boolean whole = false;
            if (segSource != null) {
                List<Element> targetMarks = target == null ? List.of() : segmentMarks(target);
                for (Element mrk : segmentMarks(segSource)) {
                    String mid = mrk.getAttribute("mid");
                    boolean translated = targetMarks.stream().anyMatch(t -> t.getAttribute("mid").equals(mid) && hasContent(t));
                    segments.add(new FileSegment(mid, translated));
                }
                // A plain target beside seg-source (no marks) is still the unit's translation.
                whole = target != null && targetMarks.isEmpty() && hasContent(target);
            } else {
                whole = target != null && hasContent(target);
            }
            units.add(new FileUnit(tu.getAttribute("id"), segments, whole, target == null ? "" : text(target)));
        }
        return units;
    }

    private static List<FileUnit> units2(Document doc) {
        List<FileUnit> units = new ArrayList<>();
        for (Element unit : elements(doc.getElementsByTagNameNS(XLIFF_2, "unit"))) {
            List<FileSegment> segments = new ArrayList<>();
            StringBuilder targetText = new StringBuilder();
            for (Element segment : children(unit, "segment")) {
                Element target = child(segment, "target");
                String id = segment.hasAttribute("id") ? segment.getAttribute("id") : null;
                segments.add(new FileSegment(id, target != null && hasContent(target)));
                targetText.append(target == null ? "" : text(target)).append(' ');
            }
            units.add(new FileUnit(unit.getAttribute("id"), segments, false, targetText.toString()));
        }
        return units;
    }

    private static Set<String> ids(Document doc) {
        Set<String> ids = new HashSet<>();
        for (Element e : elements(doc.getElementsByTagNameNS("*", "*"))) {
            for (String attribute : List.of("id", "rid", "startRef")) {
                if (e.hasAttribute(attribute)) {
                    ids.add(e.getAttribute(attribute));
                }
            }
        }
        return ids;
    }

    private static boolean isXliff1(Element e) {
        String ns = e.getNamespaceURI();
        return ns == null || ns.startsWith("urn:oasis:names:tc:xliff:document:1.");
    }

    private static List<Element> segmentMarks(Element parent) {
        return elements(parent.getElementsByTagNameNS("*", "mrk")).stream()
                .filter(m -> m.getAttribute("mtype").equals("seg")).toList();
    }

    private static boolean hasContent(Element e) {
        return !text(e).isBlank();
    }

    /** The text a translator reads: 1.x ph, bpt, ept and it hold the original's codes, not text. */
    private static String text(Element e) {
        StringBuilder sb = new StringBuilder();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                sb.append(n.getNodeValue());
            } else if (n instanceof Element child && !CODES.contains(child.getLocalName())) {
                sb.append(text(child));
            }
        }
        return sb.toString();
    }

    private static Element child(Element parent, String localName) {
        List<Element> found = children(parent, localName);
        return found.isEmpty() ? null : found.get(0);
    }

    /** Direct children only: an alt-trans also has a target, and it is not the unit's. */
    private static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())
                    && sameNamespace(e.getNamespaceURI(), parent.getNamespaceURI())) {
                found.add(e);
            }
        }
        return found;
    }

    private static boolean sameNamespace(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    private static List<Element> elements(NodeList list) {
        List<Element> result = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            result.add((Element) list.item(i));
        }
        return result;
    }
}
