package org.passerelle.glossary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** What another tool put in a termbase survives our read and write. */
class TbxRoundTripTest {
    @TempDir
    Path dir;

    private static Document dom(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = f.newDocumentBuilder().parse(file.toFile());
        stripIndentation(doc.getDocumentElement());
        return doc;
    }

    private static void stripIndentation(Element e) {
        for (Node n = e.getFirstChild(); n != null; ) {
            Node next = n.getNextSibling();
            if (n.getNodeType() == Node.TEXT_NODE && n.getNodeValue().isBlank()) {
                e.removeChild(n);
            } else if (n.getNodeType() == Node.COMMENT_NODE) {
                e.removeChild(n);
            } else if (n instanceof Element child) {
                stripIndentation(child);
            }
            n = next;
        }
    }

    /** Elements, attributes (sorted) and text, one per line, so that a failure shows the difference. */
    private static String describe(Element root) {
        StringBuilder sb = new StringBuilder();
        describe(root, "", sb);
        return sb.toString();
    }

    private static void describe(Node node, String indent, StringBuilder sb) {
        if (node instanceof Element e) {
            sb.append(indent).append('{').append(e.getNamespaceURI()).append('}').append(e.getLocalName());
            List<String> attributes = new ArrayList<>();
            for (int i = 0; i < e.getAttributes().getLength(); i++) {
                Node a = e.getAttributes().item(i);
                attributes.add(a.getNodeName() + "=" + a.getNodeValue());
            }
            attributes.sort(null);
            sb.append(' ').append(attributes).append('\n');
            for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
                describe(c, indent + "  ", sb);
            }
        } else if (node.getNodeType() == Node.TEXT_NODE) {
            sb.append(indent).append('"').append(node.getNodeValue()).append("\"\n");
        }
    }

    @Test
    void ltacStyleFileComesBackWithEveryElementAndAttribute() throws Exception {
        Path in = TbxReaderTest.tbx("ltac-style-basic-dca.tbx");
        Path out = dir.resolve("ltac.tbx");
        new TbxWriter().write(new TbxReader().read(in), out);
        Document before = dom(in);
        Document after = dom(out);
        assertEquals(describe(before.getDocumentElement()), describe(after.getDocumentElement()));
        String written = Files.readString(out);
        assertTrue(written.contains("<hi target=\"n1\" type=\"entailedTerm\">exclusive economic zones</hi>"), written);
        assertTrue(written.contains("<refObjectSec type=\"respPerson\">"), written);

        // Writing what we wrote changes nothing.
        Path again = dir.resolve("again.tbx");
        new TbxWriter().write(new TbxReader().read(out), again);
        assertArrayEquals(Files.readAllBytes(out), Files.readAllBytes(again));
    }

    @Test
    void tbxV2ExportIsConvertedToTbxV3() throws Exception {
        Path out = dir.resolve("converted.tbx");
        Termbase v2 = new TbxReader().read(TbxReaderTest.tbx("multiterm-export-v2.tbx"));
        new TbxWriter().write(v2, out);
        Element root = dom(out).getDocumentElement();
        assertEquals("tbx", root.getLocalName());
        assertEquals("urn:iso:std:iso:30042:ed-2", root.getNamespaceURI());
        assertEquals("TBX-Basic", root.getAttribute("type"));
        assertEquals("dca", root.getAttribute("style"));
        String written = Files.readString(out);
        assertFalse(written.contains("martif") || written.contains("termGrp") || written.contains("<tig"), written);
        assertTrue(written.contains("<transacNote type=\"responsibility\">SUPERVISOR</transacNote>"), written);
        assertTrue(written.contains("<langSec xml:lang=\"vi-VN\">"), written);
        assertEquals(v2.concepts(), new TbxReader().read(out).concepts());
    }

    @Test
    void changingOneConceptLeavesEveryOtherEntryByteIdentical() throws Exception {
        Termbase sample = new TbxReader().read(TbxReaderTest.SAMPLE);
        Concept c3 = sample.concept("c3").orElseThrow();
        List<Term> terms = new ArrayList<>(c3.terms());
        terms.add(new Term("mer de Chine méridionale", "fr", TermStatus.DEPRECATED, null));
        Termbase edited = sample.with(new Concept(c3.id(), c3.subjectField(), c3.definition(), c3.note(), terms));
        Path out = dir.resolve("edited.tbx");
        new TbxWriter().write(edited, out);

        String before = Files.readString(TbxReaderTest.SAMPLE);
        String after = Files.readString(out);
        int start = before.indexOf("<conceptEntry id=\"c3\">");
        int end = before.indexOf("<conceptEntry id=\"c4\">");
        assertEquals(before.substring(0, start), after.substring(0, start));
        int afterEnd = after.indexOf("<conceptEntry id=\"c4\">");
        assertEquals(before.substring(end), after.substring(afterEnd));
        String entry = after.substring(start, afterEnd);
        assertTrue(entry.contains("<term>mer de Chine méridionale</term>"), entry);
        assertTrue(entry.contains("<termNote type=\"administrativeStatus\">deprecatedTerm-admn-sts</termNote>"), entry);
        // The context and part of speech of the untouched terms of c3 are still there.
        assertTrue(entry.contains("<descrip type=\"context\">la Déclaration sur la conduite des parties en Mer Orientale (DOC)</descrip>"), entry);
        Termbase reread = new TbxReader().read(out);
        assertEquals(java.util.Set.copyOf(terms), java.util.Set.copyOf(reread.concept("c3").orElseThrow().terms()));
        assertEquals(sample.concept("c4"), reread.concept("c4"));
    }

    @Test
    void aTermbaseBuiltInMemoryIsWrittenAsTbxBasicDca() throws Exception {
        Termbase tb = new Termbase("fr", List.of(new Concept("x1", "geography", null, null, List.of(
                new Term("Mer Orientale", "fr", TermStatus.PREFERRED, null),
                new Term("East Sea", "en", TermStatus.PREFERRED, null),
                new Term("South China Sea", "en", TermStatus.DEPRECATED, null)))));
        Path out = dir.resolve("new.tbx");
        new TbxWriter().write(tb, out);
        assertEquals(tb.concepts(), new TbxReader().read(out).concepts());
        Element root = dom(out).getDocumentElement();
        assertEquals("fr", root.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
        assertEquals(1, root.getElementsByTagNameNS("urn:iso:std:iso:30042:ed-2", "tbxHeader").getLength());
    }

    @Test
    void aDctFileIsEditedInDctStyleAndEveryOtherEntryStaysByteIdentical() throws Exception {
        Path file = dir.resolve("dct.tbx");
        Files.copy(Path.of("src/test/resources/tbx/dct-three-entries.tbx"), file);
        org.passerelle.glossary.edit.TermbaseEditor editor = new org.passerelle.glossary.edit.TermbaseEditor(file);
        editor.setStatus("d2", "en", "South China Sea", TermStatus.DEPRECATED);
        editor.add("d4", List.of(new Term("Biển Đông", "vi", TermStatus.PREFERRED, null),
                new Term("DOC", "en", TermStatus.PREFERRED, "acronym")));
        editor.setFields("d4", new org.passerelle.glossary.edit.ConceptFields("géographie", null, "ajouté"));

        String before = Files.readString(Path.of("src/test/resources/tbx/dct-three-entries.tbx"));
        String after = Files.readString(file);
        // Entry d1 and d3, untouched, keep their bytes (no namespace declarations of their own).
        for (String id : List.of("d1", "d3")) {
            assertTrue(after.contains(entry(before, id)), id + " changed:\n" + after);
        }
        // The status changed where it stood, in DCT style, with no stale second status.
        String d2 = entry(after, "d2");
        assertEquals(entry(before, "d2").replace("<min:administrativeStatus>admittedTerm-admn-sts",
                "<min:administrativeStatus>deprecatedTerm-admn-sts"), d2);
        // The new entry is DCT as well.
        String d4 = entry(after, "d4");
        assertTrue(d4.contains("<min:subjectField>géographie</min:subjectField>"), d4);
        assertTrue(d4.contains("<basic:termType>acronym</basic:termType>"), d4);
        assertTrue(d4.contains("<min:administrativeStatus>preferredTerm-admn-sts</min:administrativeStatus>"), d4);
        assertFalse(d4.contains("<descrip") || d4.contains("<termNote") || d4.contains("xmlns"), d4);
        // The file's own schema link (NVDL) is kept as the tool wrote it.
        assertEquals(before.substring(0, before.indexOf("<tbx")).strip(), after.substring(0, after.indexOf("<tbx")).strip());
        assertEquals(List.of(), new org.passerelle.glossary.validate.TbxValidator().validate(file).stream()
                .filter(p -> p.severity() == org.passerelle.glossary.validate.Problem.Severity.ERROR).toList());
        assertEquals(TermStatus.DEPRECATED, new TbxReader().read(file).concept("d2").orElseThrow().terms("en").stream()
                .filter(t -> t.text().equals("South China Sea")).findFirst().orElseThrow().status());
    }

    private static String entry(String tbx, String id) {
        int start = tbx.indexOf("<conceptEntry id=\"" + id + "\">");
        assertTrue(start >= 0, "no entry " + id);
        return tbx.substring(start, tbx.indexOf("</conceptEntry>", start));
    }
}
