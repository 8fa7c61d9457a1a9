package org.passerelle.qa.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.passerelle.qa.FileCheck;
import org.passerelle.xliff.XliffReader;

/**
 * Where each unit starts in its XLIFF file (line and column of its {@code <trans-unit>} or
 * {@code <unit>} tag), so that code-scanning dashboards can place a finding; the file's first
 * {@code <file>} tag stands for findings about the whole file. Each file is read once, on first
 * question, by a parser that takes no DTD and no external entity. A file that cannot be read again
 * (it changed, it was removed) simply has no positions.
 */
final class UnitPositions {
    /** 1-based line and column. */
    record Position(int line, int column) {
    }

    private static final XMLInputFactory XML = XliffReader.secureXmlFactory();

    private final Map<String, Map<String, Position>> byFile = new HashMap<>();

    Optional<Position> of(String file, String unit) {
        return Optional.ofNullable(byFile.computeIfAbsent(file, UnitPositions::scan).get(unit));
    }

    private static Map<String, Position> scan(String file) {
        Map<String, Position> positions = new HashMap<>();
        XMLStreamReader xml = null;
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            xml = XML.createXMLStreamReader(in);
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = xml.getLocalName();
                if (name.equals("file")) {
                    positions.putIfAbsent(FileCheck.WHOLE_FILE, at(xml.getLocation()));
                } else if (name.equals("trans-unit") || name.equals("unit")) {
                    String id = xml.getAttributeValue(null, "id");
                    if (id != null) {
                        positions.putIfAbsent(id, at(xml.getLocation()));
                    }
                }
            }
        } catch (IOException | XMLStreamException | RuntimeException e) {
            // What was found before the problem still places those findings; the rest have none.
            return positions;
        } finally {
            close(xml);
        }
        return positions;
    }

    private static Position at(Location l) {
        return new Position(Math.max(1, l.getLineNumber()), Math.max(1, l.getColumnNumber()));
    }

    private static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // nothing left to read
            }
        }
    }
}
