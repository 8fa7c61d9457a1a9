package org.passerelle.glossary.xml;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * Refuses, as it streams, what a termbase must not contain and the parser itself lets through:
 * entity references (with DTDs off they stay unexpanded and would silently vanish from a term),
 * elements nested deeper than any real termbase (the model and its DOM are built by recursion),
 * and, in an XML 1.1 file, the control characters that XML 1.0 cannot hold, since every write is
 * XML 1.0 and would produce a file that no longer parses.
 */
public final class GuardedStreamReader extends StreamReaderDelegate {
    /** TBX needs about ten levels (tbx, text, body, conceptEntry, langSec, termSec, descripGrp, descrip, hi). */
    static final int MAX_DEPTH = 200;

    private final boolean xml11;
    private int depth;
    private int startLine = 1;
    private int startColumn = 1;

    public GuardedStreamReader(XMLStreamReader reader) {
        super(reader);
        this.xml11 = "1.1".equals(reader.getVersion());
    }

    @Override
    public int next() throws XMLStreamException {
        Location before = super.getLocation();
        if (before != null) {
            startLine = before.getLineNumber();
            startColumn = before.getColumnNumber();
        }
        int event = super.next();
        switch (event) {
            case XMLStreamConstants.START_ELEMENT -> {
                if (++depth > MAX_DEPTH) {
                    throw new RefusedXmlException("elements nested more than " + MAX_DEPTH
                            + " levels deep: not a termbase (a real one needs about ten)", getLocation());
                }
                if (xml11) {
                    for (int i = 0; i < getAttributeCount(); i++) {
                        checkXml10(getAttributeValue(i));
                    }
                }
            }
            case XMLStreamConstants.END_ELEMENT -> depth--;
            case XMLStreamConstants.ENTITY_REFERENCE -> throw new RefusedXmlException("entity reference &"
                    + getLocalName() + "; is not allowed in a termbase (DTDs are never processed): write the"
                    + " character itself", getLocation());
            case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                if (xml11) {
                    checkXml10(getText());
                }
            }
            default -> { }
        }
        return event;
    }

    @Override
    public int nextTag() throws XMLStreamException {
        int event = next();
        while (event != XMLStreamConstants.START_ELEMENT && event != XMLStreamConstants.END_ELEMENT) {
            if (event == XMLStreamConstants.CHARACTERS && !isWhiteSpace()) {
                throw new XMLStreamException("text where an element was expected", getLocation());
            }
            event = next();
        }
        return event;
    }

    /** Points at the character itself: the event starts where the previous one ended. */
    private void checkXml10(String text) throws RefusedXmlException {
        int line = startLine;
        int column = startColumn;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!XmlChars.isXml10(c)) {
                throw new RefusedXmlException(String.format("control character U+%04X is not allowed: XML 1.0,"
                        + " which every termbase is written in, cannot hold it", (int) c), line, column);
            }
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
    }
}
