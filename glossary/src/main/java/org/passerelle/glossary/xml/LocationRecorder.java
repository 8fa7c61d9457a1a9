package org.passerelle.glossary.xml;

import java.util.Arrays;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * Remembers where every element starts, in document order. JAXB reports positions only for the
 * model's own classes; elements it keeps as DOM (transacGrp, xref, DCT elements) get theirs from
 * this list afterwards (see {@link DocumentPositions}).
 */
final class LocationRecorder extends StreamReaderDelegate {
    private int[] lines = new int[256];
    private int[] columns = new int[256];
    private int size;

    LocationRecorder(XMLStreamReader reader) {
        super(reader);
        if (reader.getEventType() == XMLStreamConstants.START_ELEMENT) {
            record();
        }
    }

    @Override
    public int next() throws XMLStreamException {
        int event = super.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
            record();
        }
        return event;
    }

    @Override
    public int nextTag() throws XMLStreamException {
        int event = next();
        while (event != XMLStreamConstants.START_ELEMENT && event != XMLStreamConstants.END_ELEMENT) {
            event = next();
        }
        return event;
    }

    private void record() {
        if (size == lines.length) {
            lines = Arrays.copyOf(lines, size * 2);
            columns = Arrays.copyOf(columns, size * 2);
        }
        Location at = getLocation();
        lines[size] = at.getLineNumber();
        columns[size] = at.getColumnNumber();
        size++;
    }

    int size() {
        return size;
    }

    int line(int index) {
        return lines[index];
    }

    int column(int index) {
        return columns[index];
    }
}
