package org.passerelle.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.core.InputException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** XLIFF 1.2 as other tools really write it, read as written: every target segment, every space. */
class RealWorldXliff12Test {
    private static final String ITS = "http://www.w3.org/2005/11/its";

    @TempDir
    Path dir;

    private static Path interop(String name) throws Exception {
        return Path.of(RealWorldXliff12Test.class.getResource("/interop/" + name).toURI());
    }

    private static List<TranslationUnit> read(Path file) throws InputException {
        List<TranslationUnit> units = new ArrayList<>();
        new XliffReader().read(file, file.getFileName().toString(), units::add);
        return units;
    }

    private static TranslationUnit unit(List<TranslationUnit> units, String id) {
        return units.stream().filter(u -> u.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void itsVersionBeforeTheXliffVersionIsNotTheXliffVersion() throws Exception {
        Path file = interop("matecat-xliff12-with-segment-state.xliff");
        XliffHeader header = new XliffReader().header(file);
        assertEquals(XliffVersion.V1_2, header.version());
        assertEquals("1.2", header.versionLabel());
        List<TranslationUnit> units = read(file);
        assertEquals(10, units.size());
        assertTrue(units.stream().allMatch(TranslationUnit::hasTarget));
    }

    @Test
    void everyTargetSegmentIsReadWhereSegSourceDiffersFromSourceInWhitespace() throws Exception {
        Path file = interop("matecat-calibre.docx.xliff");
        List<TranslationUnit> units = read(file);
        long read = units.stream().flatMap(u -> u.segments().stream()).filter(SegmentPair::hasTarget).count();
        assertEquals(targetSegmentsIn(file), read);
        TranslationUnit second = unit(units, "NFDBB2FA9-tu2");
        assertEquals(2, second.segments().size());
        assertTrue(second.segments().get(1).target().startsWith(" Convert this document"), second.segments().get(1).target());
    }

    @Test
    void aTmProposalInAltTransIsNotTakenForTheTranslationWhereSourceAndTargetLanguageAreTheSame() throws Exception {
        List<TranslationUnit> units = read(interop("sap-Sample_AlmostEverything_1.2_strict.xlf"));
        for (String id : List.of("_1_ski_355", "_1_ski_401")) {
            TranslationUnit untranslated = unit(units, id);
            assertEquals(2, untranslated.segments().size(), id);
            assertTrue(untranslated.segments().stream().noneMatch(s -> s.hasTarget() && !s.target().isBlank()),
                    id + " has no <target> of its own: " + untranslated.segments());
        }
        TranslationUnit translated = unit(units, "_1_ski_410");
        assertEquals("Translated second sentence.", translated.segments().get(1).target());
        assertEquals("en-us", translated.sourceLanguage().toLowerCase());
    }

    @Test
    void protectedTextIsReadAsTextAndMarkersAreNotCodes() throws Exception {
        List<TranslationUnit> units = read(interop("sap-Sample_AlmostEverything_1.2_strict.xlf"));
        SegmentPair protectedText = unit(units, "_1_ski_2203").segments().get(0);
        assertTrue(protectedText.source().replaceAll("\\s+", " ")
                .contains("XLIFF stands for XML Localisation Interchange File Format"), protectedText.source());
        assertTrue(protectedText.sourceCodes().isEmpty(), protectedText.sourceCodes().toString());
        SegmentPair everyCode = unit(units, "_1_ski_041").segments().get(0);
        List<String> ids = everyCode.sourceCodes().stream().map(InlineCode::id).toList();
        // g (open, close), bpt holding a <sub> (one code), ept, ph, it, x, bx, ex: the mrk is not a code
        assertEquals(List.of("_1_ski_040", "_1_ski_040", "_1_ski_139", "_1_ski_238", "_1_ski_337", "_1_ski_436",
                "_1_ski_535", "_1_ski_634", "_1_ski_733"), ids);
    }

    /** The {@code <mrk mtype="seg">} elements inside {@code <target>}, counted by a parser, not by Okapi. */
    private static long targetSegmentsIn(Path file) throws Exception {
        long count = 0;
        int inTarget = 0;
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = XliffScanner.secureFactory().createXMLStreamReader(in);
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("target")) {
                    inTarget++;
                } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("target")) {
                    inTarget--;
                } else if (event == XMLStreamConstants.START_ELEMENT && inTarget > 0 && xml.getLocalName().equals("mrk")
                        && "seg".equals(xml.getAttributeValue(null, "mtype"))) {
                    count++;
                }
            }
        }
        return count;
    }

    @Test
    void plainTargetBesideSegmentedSegSourceIsTheWholeTranslation() throws Exception {
        List<TranslationUnit> units = read(interop("tt-pomerge-seg-source.en.xlf"));
        TranslationUnit u = unit(units, "body-3f919f40");
        assertEquals(1, u.segments().size());
        assertEquals("Cette visite, sur invitation du général vietnamien, fait partie dans le cadre des activités de l'Année"
                + " croisée Vietnam-Russie et Russie-Vietnam 2019-2020. Il s’agit également de la première visite au Vietnam"
                + " du général de corps d’armée Andrey Valeryevich Kartapolov après la fondation du Département général des"
                + " affaires politiques et militaires.", u.sourceText());
        assertTrue(u.targetText().startsWith("The visit, made at the invitation of the Vietnamese general,"), u.targetText());
        assertTrue(u.targetText().endsWith("."), u.targetText());
        assertTrue(units.stream().allMatch(TranslationUnit::isTranslated), "every unit publishes");
    }

    @Test
    void whitespaceOfAFileWithoutXmlSpaceIsReadAsWritten() throws Exception {
        TranslationUnit written = TranslationUnit.builder().file("a").id("body-1").resname("body-1").restype("x-body")
                .languages("fr-FR", "en-GB").state(TranslationState.TRANSLATED)
                .segment("1", "Le chef  a présidé.", "The head  presided. ")
                .segment("2", "La visite.", "The visit.").build();
        Path file = dir.resolve("a.en.xlf");
        try (var out = Files.newOutputStream(file)) {
            Xliff12Writer.write(new ArticleXliff("a", "a.txt", "fr-FR", "en-GB", List.of(written), false), out);
        }
        TranslationUnit read = read(file).get(0);
        assertEquals(written.segments().stream().map(SegmentPair::target).toList(),
                read.segments().stream().map(SegmentPair::target).toList());
        assertEquals(written.sourceText(), read.sourceText());
    }

    @Test
    void externalItsReferenceAbsentIsNotFetched() throws Exception {
        Path file = Files.copy(interop("okapi-lqiTest.xlf"), dir.resolve("lqiTest.xlf"));
        List<TranslationUnit> units = read(file);
        assertEquals(List.of("eror1.", "eror2."), units.stream().map(TranslationUnit::sourceText).toList());
    }

    @Test
    void externalItsReferencePresentHasNoEffect() throws Exception {
        Path file = Files.copy(interop("okapi-lqiTest.xlf"), dir.resolve("lqiTest.xlf"));
        // Read, this would make Okapi fail: it is not XML.
        Path issues = Files.writeString(dir.resolve("lqiTestIssues.xml"), "not XML <");
        assertEquals(2, read(file).size());
        // An absolute reference to it, written into the document by a DOM serializer.
        Path absolute = dir.resolve("absolute.xlf");
        Files.write(absolute, withReference(file, issues.toUri() + "#lqi2"));
        List<TranslationUnit> units = read(absolute);
        assertEquals(2, units.size());
        assertNull(units.get(1).targetText());
    }

    private static byte[] withReference(Path file, String reference) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(file.toFile());
        NodeList marks = doc.getElementsByTagNameNS("*", "mrk");
        ((Element) marks.item(1)).setAttributeNS(ITS, "its:locQualityIssuesRef", reference);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(doc), new StreamResult(out));
        return out.toByteArray();
    }
}
