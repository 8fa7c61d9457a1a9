package org.passerelle.glossary.xml;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;

/**
 * StAX input that never reads a DTD or an external entity. Termbases come from other tools and
 * other people; an {@code <!ENTITY>} is either an attack (XXE, billion laughs) or a mistake.
 * With DTD support off, a reference to a DTD-declared entity is a well-formedness error with a
 * position, which is what the user needs to see.
 */
public final class SafeXmlInputFactory {
    private SafeXmlInputFactory() {
    }

    public static XMLInputFactory create() {
        // The JDK's own implementation, whatever else (Woodstox via Tika) is on the classpath:
        // its behaviour and its error messages are the ones the tests pin down.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resource refused: " + systemId);
        });
        return factory;
    }
}
