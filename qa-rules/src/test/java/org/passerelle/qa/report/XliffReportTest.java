package org.passerelle.qa.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.annotation.GenericAnnotation;
import net.sf.okapi.common.annotation.GenericAnnotationType;
import net.sf.okapi.common.annotation.GenericAnnotations;
import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.Segment;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.filters.xliff.XLIFFFilter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.glossary.TbxReader;
import org.passerelle.glossary.Termbase;
import org.passerelle.qa.Profile;
import org.passerelle.qa.QaEngine;
import org.passerelle.qa.ReportListener;
import org.passerelle.qa.gate.ReportFormats;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The findings back in the translator's file: notes and ITS 2.0 quality marks, still valid XLIFF. */
class XliffReportTest {
    private static final String ITS = "http://www.w3.org/2005/11/its";

    @TempDir
    Path dir;
    Profile profile;
    Termbase termbase;

    @BeforeEach
    void setUp() throws Exception {
        profile = Profile.load(Files.writeString(dir.resolve("fast.properties"),
                "spelling.enabled = false\ngrammar.enabled = false\n"));
        termbase = new TbxReader().read(Path.of("../samples/termbase.tbx"));
    }

    /** Runs the QA on {@code xliff} with the json and xliff reports into {@code reports}. */
    private JsonNode qa(Path xliff, Path reports) throws Exception {
        List<ReportListener> listeners = List.of(ReportFormats.XLIFF.listener(reports), ReportFormats.JSON.listener(reports));
        QaEngine.builder().profile(profile).termbase(termbase).build().run(List.of(xliff), listeners);
        return new ObjectMapper().readTree(reports.resolve("qa-report.json").toFile()).get("findings");
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(file.toFile());
    }

    @Test
    void anXliff12CopyHasTheFindingsAsNotesAndQualityMarksAndStaysValid() throws Exception {
        Path original = Path.of("../samples/translations/003_29974663294a4e55.en.xlf");
        Path reports = dir.resolve("reports");
        JsonNode findings = qa(original, reports);
        Path copy = reports.resolve("qa-xliff/samples/translations/003_29974663294a4e55.en.xlf");
        assertTrue(Files.isRegularFile(copy), "the copy keeps the file's path under qa-xliff/");

        XliffSchemas.validate12Strict(copy);
        XliffSchemas.validate12Transitional(copy);
        Document doc = parse(copy);
        Element unit = unit(doc, "trans-unit", "body-12bb8656");
        List<String> notes = texts(unit.getElementsByTagNameNS(XliffAnnotator.V12, "note"), "passerelle");
        assertTrue(notes.stream().anyMatch(n -> n.startsWith("error: term.forbidden: 'Declaration on the Conduct of Parties"
                + " in the South China Sea' is a forbidden term")), notes.toString());
        assertTrue(notes.stream().anyMatch(n -> n.startsWith("error: number.mismatch: '1928' does not match '1982'")), notes.toString());

        Element forbidden = mark(unit, "terminology");
        assertEquals("Declaration on the Conduct of Parties in the South China Sea", forbidden.getTextContent());
        assertEquals("x-its", forbidden.getAttribute("mtype"));
        assertEquals("90", forbidden.getAttributeNS(ITS, "locQualityIssueSeverity"));
        assertTrue(forbidden.getAttributeNS(ITS, "locQualityIssueComment").startsWith("term.forbidden: "));
        assertEquals("1928", mark(unit, "numbers").getTextContent());

        // Okapi reads the marks as ITS quality issues, and the copy as it read the original
        assertEquals(List.of("numbers 90.0 number.mismatch", "terminology 90.0 term.forbidden"), okapiIssues(copy));
        assertEquals(keys(findings), keys(qa(copy, dir.resolve("again"))));
    }

    /** The Localization Quality Issues Okapi's XLIFF filter finds in the targets: type, severity, check. */
    private static List<String> okapiIssues(Path file) {
        List<String> issues = new ArrayList<>();
        try (XLIFFFilter filter = new XLIFFFilter()) {
            filter.open(new RawDocument(file.toUri(), "UTF-8", LocaleId.fromBCP47("fr-FR"), LocaleId.fromBCP47("en-GB")));
            while (filter.hasNext()) {
                Event e = filter.next();
                if (!e.isTextUnit()) {
                    continue;
                }
                TextContainer target = e.getTextUnit().getTarget(LocaleId.fromBCP47("en-GB"));
                if (target == null) {
                    continue;
                }
                for (Segment s : target.getSegments()) {
                    for (Code c : s.getContent().getCodes()) {
                        GenericAnnotations anns = c.getGenericAnnotations();
                        if (c.getTagType() == TextFragment.TagType.OPENING && anns != null) {
                            for (GenericAnnotation lqi : anns.getAnnotations(GenericAnnotationType.LQI)) {
                                issues.add(lqi.getString(GenericAnnotationType.LQI_TYPE) + " "
                                        + lqi.getDouble(GenericAnnotationType.LQI_SEVERITY) + " "
                                        + lqi.getString(GenericAnnotationType.LQI_COMMENT).split(":")[0]);
                            }
                        }
                    }
                }
            }
        }
        return issues;
    }

    @Test
    void anXliff2CopyUsesTheItsModuleAndStaysValid() throws Exception {
        Path original = Path.of(getClass().getResource("/org/passerelle/qa/report/mer-orientale.en.xlf").toURI());
        Path reports = dir.resolve("reports2");
        JsonNode findings = qa(original, reports);
        assertTrue(findings.size() >= 2, findings.toString());
        Path copy;
        try (var walk = Files.walk(reports.resolve("qa-xliff"))) {
            copy = walk.filter(p -> p.getFileName().toString().equals("mer-orientale.en.xlf")).findFirst().orElseThrow();
        }
        XliffSchemas.validate20(copy);
        Document doc = parse(copy);

        Element title = unit(doc, "unit", "title-1");
        Element forbidden = mark(title, "terminology");
        assertEquals("South China Sea", forbidden.getTextContent());
        assertEquals("its:any", forbidden.getAttribute("type"));
        assertTrue(!forbidden.getAttribute("id").isEmpty(), "an XLIFF 2 mrk has an id");
        assertEquals(1, title.getElementsByTagNameNS(XliffAnnotator.V2, "notes").getLength(), "notes added before the segment");

        Element body = unit(doc, "unit", "body-2");
        assertEquals(1, body.getElementsByTagNameNS(XliffAnnotator.V2, "notes").getLength(), "the unit's own notes, extended");
        List<String> notes = texts(body.getElementsByTagNameNS(XliffAnnotator.V2, "note"), null);
        assertEquals("Mer Orientale → East Sea", notes.get(0), "the file's own note is kept first");
        assertTrue(notes.stream().anyMatch(n -> n.startsWith("error: number.mismatch: '2012' does not match '2002'")), notes.toString());
        assertEquals("2012", mark(body, "numbers").getTextContent());

        assertEquals(keys(findings), keys(qa(copy, dir.resolve("again2"))));
    }

    private static Element unit(Document doc, String element, String id) {
        NodeList units = doc.getElementsByTagNameNS("*", element);
        for (int i = 0; i < units.getLength(); i++) {
            Element u = (Element) units.item(i);
            if (u.getAttribute("id").equals(id)) {
                return u;
            }
        }
        throw new AssertionError("no " + element + " " + id);
    }

    private static Element mark(Element unit, String type) {
        NodeList marks = unit.getElementsByTagNameNS("*", "mrk");
        for (int i = 0; i < marks.getLength(); i++) {
            Element m = (Element) marks.item(i);
            if (type.equals(m.getAttributeNS(ITS, "locQualityIssueType"))) {
                return m;
            }
        }
        throw new AssertionError("no " + type + " mark in " + unit.getAttribute("id"));
    }

    private static List<String> texts(NodeList notes, String from) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < notes.getLength(); i++) {
            Element n = (Element) notes.item(i);
            if (from == null || from.equals(n.getAttribute("from"))) {
                texts.add(n.getTextContent());
            }
        }
        return texts;
    }

    /** What makes a finding the same one in another copy of the file: unit, segment, check, offset, message. */
    private static List<String> keys(JsonNode findings) {
        List<String> keys = new ArrayList<>();
        findings.forEach(f -> keys.add(f.get("unit").asText() + " " + f.get("segment").asText() + " " + f.get("check").asText()
                + " " + f.get("offset").asInt() + " " + f.get("message").asText()));
        return keys;
    }
}
