package org.passerelle.xliff;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.events.Attribute;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;

/**
 * ITS 2.0 stand-off references that point outside the document ({@code its:locQualityIssuesRef=
 * "issues.xml#lqi2"}). Okapi's XLIFF filter opens whatever such a reference names, a file beside the
 * XLIFF or any URL, whatever its ITS parameters say; reading a file must never fetch anything, so a
 * document carrying one is handed to Okapi without those attributes. References inside the document
 * ({@code "#lqi1"}) are kept: they fetch nothing.
 */
final class ExternalItsReferences {

    /** The ITS attributes whose value names a stand-off document (ITS 2.0, 8.5 and 8.13). */
    private static final Set<String> STANDOFF_REFS = Set.of("locQualityIssuesRef", "provenanceRecordsRef");

    private ExternalItsReferences() {
    }

    /** True when the element the reader stands on carries an external stand-off reference. */
    static boolean present(XMLStreamReader xml) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (isExternal(xml.getAttributeNamespace(i), xml.getAttributeLocalName(i), xml.getAttributeValue(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The document as UTF-8, every external stand-off reference left out. The copy is held in memory:
     * only the rare file that carries such a reference is copied.
     */
    static InputStream withoutThem(Path file) throws IOException {
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        try (InputStream in = Files.newInputStream(file)) {
            XMLEventReader events = XliffScanner.secureFactory().createXMLEventReader(in);
            XMLEventWriter out = XMLOutputFactory.newFactory().createXMLEventWriter(copy, StandardCharsets.UTF_8.name());
            XMLEventFactory make = XMLEventFactory.newFactory();
            while (events.hasNext()) {
                XMLEvent event = events.nextEvent();
                if (event.isStartDocument()) {
                    out.add(make.createStartDocument(StandardCharsets.UTF_8.name(), "1.0"));
                } else if (event.isStartElement()) {
                    out.add(withoutExternal(event.asStartElement(), make));
                } else {
                    out.add(event);
                }
            }
            out.close();
            events.close();
        } catch (XMLStreamException e) {
            // The scanner has read the whole document already: this is not expected to happen.
            throw new IOException(XliffScanner.cleanMessage(e.getMessage()), e);
        }
        return new ByteArrayInputStream(copy.toByteArray());
    }

    private static StartElement withoutExternal(StartElement element, XMLEventFactory make) {
        List<Attribute> kept = new ArrayList<>();
        for (Iterator<Attribute> it = element.getAttributes(); it.hasNext(); ) {
            Attribute a = it.next();
            if (!isExternal(a.getName().getNamespaceURI(), a.getName().getLocalPart(), a.getValue())) {
                kept.add(a);
            }
        }
        return make.createStartElement(element.getName(), kept.iterator(), element.getNamespaces());
    }

    private static boolean isExternal(String namespace, String localName, String value) {
        return XliffScanner.NS_ITS.equals(namespace) && STANDOFF_REFS.contains(localName)
                && value != null && !value.strip().startsWith("#");
    }
}
