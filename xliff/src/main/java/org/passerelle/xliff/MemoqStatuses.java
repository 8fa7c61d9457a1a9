package org.passerelle.xliff;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * memoQ writes its row status as {@code mq:status} on each trans-unit, which Okapi's XLIFF filter
 * does not deliver; one more streaming pass with the locked-down parser (the file was already
 * scanned, so it has no DOCTYPE) collects them, by trans-unit id in document order.
 */
final class MemoqStatuses {

    static final String NS = "MQXliff";

    private final Map<String, Deque<String>> byUnitId;

    private MemoqStatuses(Map<String, Deque<String>> byUnitId) {
        this.byUnitId = byUnitId;
    }

    static MemoqStatuses none() {
        return new MemoqStatuses(Map.of());
    }

    static MemoqStatuses read(Path file) throws IOException {
        Map<String, Deque<String>> statuses = new HashMap<>();
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = XliffScanner.secureFactory().createXMLStreamReader(in);
            try {
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT && "trans-unit".equals(xml.getLocalName())) {
                        String id = xml.getAttributeValue(null, "id");
                        String status = xml.getAttributeValue(NS, "status");
                        if (id != null && status != null) {
                            statuses.computeIfAbsent(id, k -> new ArrayDeque<>()).add(status);
                        }
                    }
                }
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new IOException("cannot read memoQ statuses: " + e.getMessage(), e);
        }
        return new MemoqStatuses(statuses);
    }

    /** The next status of the trans-unit with this id, or null. */
    String next(String unitId) {
        Deque<String> d = byUnitId.get(unitId);
        return d == null ? null : d.poll();
    }
}
