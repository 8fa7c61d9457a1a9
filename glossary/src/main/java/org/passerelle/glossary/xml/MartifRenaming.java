package org.passerelle.glossary.xml;

import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;
import org.passerelle.glossary.tbx.TbxDocument;

/**
 * Presents a TBX v2 {@code <martif>} document as TBX v3, so that one model reads both: v2 has no
 * namespace, calls the entry termEntry/langSet/tig/ntig, and wraps an ntig's term in a termGrp.
 * The data categories themselves (descrip, termNote, admin, note) have the same names in both.
 */
public final class MartifRenaming extends StreamReaderDelegate {
    private static final Map<String, String> V3_NAMES = Map.of(
            "martif", "tbx",
            "martifHeader", "tbxHeader",
            "termEntry", "conceptEntry",
            "langSet", "langSec",
            "tig", "termSec",
            "ntig", "termSec");

    public MartifRenaming(XMLStreamReader reader) {
        super(reader);
    }

    @Override
    public int next() throws XMLStreamException {
        int event = super.next();
        while (isTermGrp(event)) {
            event = super.next();
        }
        return event;
    }

    @Override
    public int nextTag() throws XMLStreamException {
        int event = next();
        while (event == XMLStreamConstants.CHARACTERS && isWhiteSpace()
                || event == XMLStreamConstants.SPACE || event == XMLStreamConstants.COMMENT
                || event == XMLStreamConstants.PROCESSING_INSTRUCTION) {
            event = next();
        }
        return event;
    }

    private boolean isTermGrp(int event) {
        return (event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_ELEMENT)
                && inNoNamespace() && "termGrp".equals(super.getLocalName());
    }

    private boolean inNoNamespace() {
        int event = getEventType();
        if (event != XMLStreamConstants.START_ELEMENT && event != XMLStreamConstants.END_ELEMENT) {
            return false;
        }
        String ns = super.getNamespaceURI();
        return ns == null || ns.isEmpty();
    }

    @Override
    public String getLocalName() {
        String name = super.getLocalName();
        return inNoNamespace() ? V3_NAMES.getOrDefault(name, name) : name;
    }

    @Override
    public javax.xml.namespace.QName getName() {
        return new javax.xml.namespace.QName(getNamespaceURI(), getLocalName(), getPrefix() == null ? "" : getPrefix());
    }

    @Override
    public String getNamespaceURI() {
        return inNoNamespace() ? TbxDocument.NS : super.getNamespaceURI();
    }

    @Override
    public String getPrefix() {
        return inNoNamespace() ? XMLConstants.DEFAULT_NS_PREFIX : super.getPrefix();
    }
}
