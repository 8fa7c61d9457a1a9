package org.passerelle.qa.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.Attribute;
import javax.xml.stream.events.Namespace;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;
import org.passerelle.qa.Finding;
import org.passerelle.qa.Side;
import org.passerelle.xliff.SegmentPair;
import org.passerelle.xliff.TranslationUnit;
import org.passerelle.xliff.XliffReader;

/**
 * Writes a copy of an XLIFF file with its findings in it, for the translator's CAT tool: each finding
 * as a note on its unit (XLIFF 1.2 {@code <note from="passerelle">}, XLIFF 2 {@code <notes><note
 * category="passerelle-qa">}), and each target span as an ITS 2.0 Localization Quality Issue
 * ({@code <mrk mtype="x-its" its:locQualityIssueType=…>} in 1.2, {@code <mrk type="its:any" …>} in the
 * XLIFF 2 ITS module). Everything else is copied event by event, as the file had it.
 */
final class XliffAnnotator {
    static final String V12 = "urn:oasis:names:tc:xliff:document:1.2";
    static final String V2 = "urn:oasis:names:tc:xliff:document:2.0";
    private static final Set<String> BEFORE_NOTES_12 = Set.of("source", "seg-source", "target");
    private static final Set<String> AFTER_NOTES_2 = Set.of("originalData", "segment", "ignorable");
    private static final XMLInputFactory INPUT = coalescing(XliffReader.secureXmlFactory());
    private static final XMLEventFactory EVENTS = XMLEventFactory.newInstance();

    /** What one unit brings: the unit as read, and its findings that count. */
    record UnitFindings(TranslationUnit unit, List<Finding> findings) {
    }

    private final Function<Finding, QualityIssue> issues;

    /** A target's text in one piece, so that a span is rarely split across parser events. */
    private static XMLInputFactory coalescing(XMLInputFactory f) {
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    XliffAnnotator(Function<Finding, QualityIssue> issues) {
        this.issues = issues;
    }

    void annotate(Path file, Map<String, UnitFindings> units, OutputStream out) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            XMLEventReader reader = INPUT.createXMLEventReader(in);
            XMLEventWriter writer = XMLOutputFactory.newFactory().createXMLEventWriter(out, "UTF-8");
            new Copy(reader, writer, units).run();
            writer.flush();
            writer.close();
            reader.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot annotate " + file + ": " + e.getMessage(), e);
        }
    }

    /** One pass over one file. */
    private final class Copy {
        private final XMLEventReader reader;
        private final XMLEventWriter writer;
        private final Map<String, UnitFindings> units;
        private final Deque<String> open = new ArrayDeque<>();
        private boolean version2;
        private String itsPrefix = "its";
        private UnitFindings unit;
        private int depthOfUnit = -1;
        private boolean notesWritten;

        Copy(XMLEventReader reader, XMLEventWriter writer, Map<String, UnitFindings> units) {
            this.reader = reader;
            this.writer = writer;
            this.units = units;
        }

        void run() throws XMLStreamException {
            while (reader.hasNext()) {
                XMLEvent e = reader.nextEvent();
                if (e.isStartDocument()) {
                    writer.add(EVENTS.createStartDocument("UTF-8", "1.0"));
                    // the parser gives no event for the line break after the declaration
                    writer.add(EVENTS.createCharacters("\n"));
                } else if (e.isStartElement()) {
                    start(e.asStartElement());
                } else if (e.isEndElement()) {
                    end(e);
                } else {
                    writer.add(e);
                }
            }
        }

        private void start(StartElement s) throws XMLStreamException {
            String name = s.getName().getLocalPart();
            if (open.isEmpty()) {
                version2 = V2.equals(s.getName().getNamespaceURI());
                s = withItsNamespace(s);
            }
            boolean unitChild = unit != null && open.size() == depthOfUnit + 1;
            if (unitChild && !notesWritten && !version2 && !BEFORE_NOTES_12.contains(name)) {
                notes(s.getName(), false);
            }
            if (unitChild && !notesWritten && version2 && AFTER_NOTES_2.contains(name)) {
                notes(s.getName(), true);
            }
            if (name.equals(version2 ? "unit" : "trans-unit")) {
                Attribute id = s.getAttributeByName(new QName("id"));
                unit = id == null ? null : units.get(id.getValue());
                notesWritten = unit == null;
                depthOfUnit = open.size();
            }
            // a 1.2 target is the unit's child (not an alt-trans one), an XLIFF 2 target its segment's
            boolean unitsTarget = version2 ? unit != null && "segment".equals(open.peek()) : unitChild;
            if (name.equals("target") && unitsTarget && hasTargetFindings()) {
                writeMarked(s);
                return;
            }
            writer.add(s);
            open.push(name);
        }

        private void end(XMLEvent e) throws XMLStreamException {
            String name = e.asEndElement().getName().getLocalPart();
            open.pop();
            if (unit != null && !notesWritten) {
                if (version2 && name.equals("notes") && open.size() == depthOfUnit + 1) {
                    noteElements(e.asEndElement().getName());
                    notesWritten = true;
                } else if (!version2 && name.equals("trans-unit") && open.size() == depthOfUnit) {
                    notes(e.asEndElement().getName(), false);
                }
            }
            if (name.equals(version2 ? "unit" : "trans-unit") && open.size() == depthOfUnit) {
                unit = null;
            }
            writer.add(e);
        }

        /** The root with the ITS namespace declared (reusing the file's prefix when it has one). */
        private StartElement withItsNamespace(StartElement root) {
            List<Namespace> namespaces = new ArrayList<>();
            for (Iterator<Namespace> it = root.getNamespaces(); it.hasNext(); ) {
                Namespace n = it.next();
                if (QualityIssue.ITS.equals(n.getNamespaceURI()) && !n.getPrefix().isEmpty()) {
                    itsPrefix = n.getPrefix();
                    return root;
                }
                namespaces.add(n);
            }
            if (namespaces.stream().anyMatch(n -> n.getPrefix().equals(itsPrefix))) {
                itsPrefix = "itsqa";
            }
            namespaces.add(EVENTS.createNamespace(itsPrefix, QualityIssue.ITS));
            return EVENTS.createStartElement(root.getName(), root.getAttributes(), namespaces.iterator());
        }

        /** The findings as notes, with their {@code <notes>} wrapper in XLIFF 2; {@code sibling} gives namespace and prefix. */
        private void notes(QName sibling, boolean wrap) throws XMLStreamException {
            notesWritten = true;
            if (unit.findings().isEmpty()) {
                return;
            }
            QName notes = new QName(sibling.getNamespaceURI(), "notes", sibling.getPrefix());
            if (wrap) {
                writer.add(EVENTS.createStartElement(notes, null, null));
            }
            noteElements(sibling);
            if (wrap) {
                writer.add(EVENTS.createEndElement(notes, null));
            }
        }

        private void noteElements(QName sibling) throws XMLStreamException {
            QName note = new QName(sibling.getNamespaceURI(), "note", sibling.getPrefix());
            for (Finding f : unit.findings()) {
                List<Attribute> attributes = new ArrayList<>();
                // No 1.2 annotates="target": Okapi then gives a unit without a target an empty one.
                if (version2) {
                    attributes.add(EVENTS.createAttribute("category", "passerelle-qa"));
                    attributes.add(EVENTS.createAttribute("appliesTo", f.side().id()));
                } else {
                    attributes.add(EVENTS.createAttribute("from", "passerelle"));
                }
                attributes.add(EVENTS.createAttribute("priority", QualityIssue.priority(f)));
                writer.add(EVENTS.createStartElement(note, attributes.iterator(), null));
                writer.add(EVENTS.createCharacters(QualityIssue.note(f)));
                writer.add(EVENTS.createEndElement(note, null));
            }
        }

        private boolean hasTargetFindings() {
            return unit.findings().stream().anyMatch(f -> f.side() == Side.TARGET && f.length() > 0);
        }

        /** The whole target, read ahead, written back with its findings' spans marked. */
        private void writeMarked(StartElement target) throws XMLStreamException {
            List<XMLEvent> events = new ArrayList<>(List.of(target));
            int depth = 1;
            while (depth > 0) {
                XMLEvent e = reader.nextEvent();
                depth += e.isStartElement() ? 1 : e.isEndElement() ? -1 : 0;
                events.add(e);
            }
            Map<SegmentPair, List<Finding>> bySegment = new LinkedHashMap<>();
            for (SegmentPair s : unit.unit().segments()) {
                List<Finding> its = unit.findings().stream()
                        .filter(f -> f.side() == Side.TARGET && f.segment().equals(s.id())).toList();
                if (!its.isEmpty() && s.target() != null) {
                    bySegment.put(s, its);
                }
            }
            QName mrk = new QName(target.getName().getNamespaceURI(), "mrk", target.getName().getPrefix());
            for (XMLEvent e : new TargetMarks(EVENTS, version2, mrk, itsPrefix, issues).mark(events, bySegment)) {
                writer.add(e);
            }
        }
    }
}
