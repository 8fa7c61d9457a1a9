package org.passerelle.glossary.xml;

import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;
import org.passerelle.glossary.tbx.TbxDocument;

/**
 * Reads a TBX v3 file written in the draft namespace {@value #URI} as if it were in the ISO
 * 30042:2019 one: LTAC's earlier schemas, samples and converters used it, and such files are
 * otherwise identical.
 */
public final class DraftNamespace extends StreamReaderDelegate {
    /** The namespace TBX v3 had before ISO 30042:2019 was published. */
    public static final String URI = "urn:iso:std:iso:30042:ed:3.0";

    public DraftNamespace(XMLStreamReader reader) {
        super(reader);
    }

    private static String map(String uri) {
        return URI.equals(uri) ? TbxDocument.NS : uri;
    }

    @Override
    public String getNamespaceURI() {
        return map(super.getNamespaceURI());
    }

    @Override
    public String getNamespaceURI(int index) {
        return map(super.getNamespaceURI(index));
    }

    @Override
    public String getNamespaceURI(String prefix) {
        return map(super.getNamespaceURI(prefix));
    }

    @Override
    public String getAttributeNamespace(int index) {
        return map(super.getAttributeNamespace(index));
    }

    @Override
    public QName getName() {
        QName name = super.getName();
        return new QName(map(name.getNamespaceURI()), name.getLocalPart(), name.getPrefix());
    }
}
