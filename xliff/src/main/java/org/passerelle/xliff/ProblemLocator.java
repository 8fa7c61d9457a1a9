package org.passerelle.xliff;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Finds where in the file an XLIFF library's complaint points, when its exception carries no
 * position: lib-xliff2 names the file, group and unit it was in ("Error in &lt;file&gt; id='f1',
 * &lt;unit&gt; id='1'") or quotes the offending attribute value ("The prefix 'my' in
 * 'f=f1/u=1/my=x' ..."); Okapi's 1.2 filter names the element a trans-unit lacks. One more
 * streaming pass with the scanner's locked-down parser turns that into a line and column.
 */
final class ProblemLocator {

    /** Where a problem is, 1-based. */
    record Position(int line, int column) {
    }

    private static final Pattern SCHEMA_POSITION = Pattern.compile("lineNumber: (\\d+); columnNumber: (\\d+)");
    private static final Pattern CONTAINER = Pattern.compile("<(file|group|unit)> id='([^']*)'");
    private static final Pattern LAST_ELEMENT = Pattern.compile("Last element read: '\\{([^}]*)\\}([^']+)'");
    private static final Pattern QUOTED = Pattern.compile("'([^']+)'");
    private static final Pattern LONE_END = Pattern.compile("Opening tag for id='([^']*)' not found");
    private static final Pattern MISSING_IN_TRANS_UNIT = Pattern.compile("Element <([\\w:-]+)> missing");

    private ProblemLocator() {
    }

    /** The position {@code message} points to in {@code file}, when one can be found. */
    static Optional<Position> locate(Path file, String message) {
        String m = message == null ? "" : message;
        Matcher schema = SCHEMA_POSITION.matcher(m);
        if (schema.find()) {
            return Optional.of(new Position(Integer.parseInt(schema.group(1)), Integer.parseInt(schema.group(2))));
        }
        try {
            Matcher missing = MISSING_IN_TRANS_UNIT.matcher(m);
            if (missing.find()) {
                return transUnitWithout(file, missing.group(1));
            }
            Matcher lone = LONE_END.matcher(m);
            if (lone.find()) {
                return attribute(file, "startRef", lone.group(1));
            }
            List<String[]> containers = new ArrayList<>();
            Matcher c = CONTAINER.matcher(m);
            while (c.find()) {
                containers.add(new String[] {c.group(1), c.group(2)});
            }
            Optional<Position> found = Optional.empty();
            if (!containers.isEmpty()) {
                Matcher last = LAST_ELEMENT.matcher(m);
                found = container(file, containers, last.find() ? last.group(2) : null);
            }
            List<String> quoted = new ArrayList<>();
            Matcher q = QUOTED.matcher(m);
            while (q.find()) {
                quoted.add(q.group(1));
            }
            return found.isPresent() || quoted.isEmpty() ? found : attributeValue(file, quoted);
        } catch (IOException | XMLStreamException e) {
            // The scanner read this file whole already; a second pass failing only loses the position.
            return Optional.empty();
        }
    }

    /**
     * The innermost container the message names (file &gt; group &gt; unit); inside it, the element
     * read last when it is the only one of its name there (with several, the container is the
     * honest answer).
     */
    private static Optional<Position> container(Path file, List<String[]> path, String lastElement)
            throws IOException, XMLStreamException {
        String[] innermost = path.get(path.size() - 1);
        String fileId = path.get(0)[0].equals("file") ? path.get(0)[1] : null;
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = XliffScanner.secureFactory().createXMLStreamReader(in);
            String currentFile = null;
            Position found = null;
            Position element = null;
            int elements = 0;
            int foundDepth = -1;
            int depth = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    String name = xml.getLocalName();
                    if ("file".equals(name)) {
                        currentFile = xml.getAttributeValue(null, "id");
                    }
                    if (found == null && name.equals(innermost[0]) && innermost[1].equals(xml.getAttributeValue(null, "id"))
                            && (fileId == null || fileId.equals(currentFile))) {
                        found = position(xml.getLocation());
                        foundDepth = depth;
                        if (name.equals(lastElement)) {
                            break;
                        }
                    } else if (found != null && name.equals(lastElement)) {
                        elements++;
                        element = position(xml.getLocation());
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (depth == foundDepth) {
                        break;
                    }
                    depth--;
                }
            }
            xml.close();
            return Optional.ofNullable(elements == 1 ? element : found);
        }
    }

    /**
     * The first element with an attribute whose value is one the message quotes (a reference may add
     * '#' or '#/'); failing that, the first whose value contains one (a quoted fragment-id prefix).
     */
    private static Optional<Position> attributeValue(Path file, List<String> values) throws IOException, XMLStreamException {
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = XliffScanner.secureFactory().createXMLStreamReader(in);
            Position containing = null;
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                for (int i = 0; i < xml.getAttributeCount(); i++) {
                    String v = xml.getAttributeValue(i);
                    String reference = v.replaceFirst("^#/?", "");
                    if (values.contains(v) || values.contains(reference)) {
                        Position p = position(xml.getLocation());
                        xml.close();
                        return Optional.of(p);
                    }
                    if (containing == null && values.stream().anyMatch(q -> q.length() >= 3 && v.contains(q) || v.contains("/" + q + "="))) {
                        containing = position(xml.getLocation());
                    }
                }
            }
            xml.close();
            return Optional.ofNullable(containing);
        }
    }

    /** The first element whose attribute {@code name} is {@code value} (an end marker without its start). */
    private static Optional<Position> attribute(Path file, String name, String value) throws IOException, XMLStreamException {
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = XliffScanner.secureFactory().createXMLStreamReader(in);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && value.equals(xml.getAttributeValue(null, name))) {
                    Position p = position(xml.getLocation());
                    xml.close();
                    return Optional.of(p);
                }
            }
            xml.close();
            return Optional.empty();
        }
    }

    /** The first XLIFF 1.2 trans-unit without a {@code child} element of its own. */
    private static Optional<Position> transUnitWithout(Path file, String child) throws IOException, XMLStreamException {
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = XliffScanner.secureFactory().createXMLStreamReader(in);
            Position unit = null;
            boolean seen = false;
            int depth = 0;
            int unitDepth = -1;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    if ("trans-unit".equals(xml.getLocalName())) {
                        unit = position(xml.getLocation());
                        unitDepth = depth;
                        seen = false;
                    } else if (depth == unitDepth + 1 && child.equals(xml.getLocalName())) {
                        seen = true;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (depth == unitDepth && !seen) {
                        xml.close();
                        return Optional.of(unit);
                    }
                    depth--;
                }
            }
            xml.close();
            return Optional.empty();
        }
    }

    private static Position position(Location at) {
        return new Position(Math.max(at.getLineNumber(), 1), Math.max(at.getColumnNumber(), 1));
    }
}
