package org.passerelle.xliff;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * The 1.2 units whose white space is layout: those where {@code xml:space="default"} is in force,
 * said on the unit or on an element around it. Okapi's filter can only collapse white space for a
 * whole file (and would then collapse the doubled spaces of units that never said so); the reader
 * keeps every space as written and collapses these units itself. Units are named by the index of
 * their {@code <file>} and their id, since ids repeat across {@code <file>}s.
 */
final class LayoutSpaceUnits {
    private final Deque<Boolean> layout = new ArrayDeque<>();
    private final Set<String> units = new HashSet<>();
    private int fileIndex = -1;

    void start(XMLStreamReader xml) {
        String space = xml.getAttributeValue(XMLConstants.XML_NS_URI, "space");
        boolean inherited = !layout.isEmpty() && layout.peek();
        boolean here = space == null ? inherited : "default".equals(space);
        layout.push(here);
        if ("file".equals(xml.getLocalName())) {
            fileIndex++;
        } else if (here && "trans-unit".equals(xml.getLocalName())) {
            String id = XliffScanner.unqualifiedAttribute(xml, "id");
            if (id != null) {
                units.add(key(fileIndex, id));
            }
        }
    }

    void end() {
        layout.poll();
    }

    Set<String> units() {
        return Set.copyOf(units);
    }

    static String key(int fileIndex, String unitId) {
        return fileIndex + "/" + unitId;
    }
}
