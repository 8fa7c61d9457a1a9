package org.passerelle.xliff;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamReader;
import org.passerelle.core.InputException;
import org.passerelle.core.Languages;

/**
 * What the scanner checks on each element beyond well-formedness, because everything downstream
 * trusts it: the declared languages are language tags (a publish folder and the language checks
 * are chosen by them), and a unit id is unique in its {@code <file>} (re-prepare and publish find
 * a unit's translation by id, so a second unit of the same id would silently take the first's).
 * lib-xliff2 checks both for 2.x, but only while reading units, after the header has been trusted.
 */
final class DeclaredStructure {

    private final Path file;
    private final Map<String, Integer> unitLines = new HashMap<>();

    DeclaredStructure(Path file) {
        this.file = file;
    }

    void element(XMLStreamReader xml, XliffVersion version) throws InputException {
        String name = xml.getLocalName();
        if (version == XliffVersion.V2 && "xliff".equals(name)) {
            language(xml, "srcLang");
            language(xml, "trgLang");
        } else if ("file".equals(name)) {
            unitLines.clear();
            if (version == XliffVersion.V1_2) {
                language(xml, "source-language");
                language(xml, "target-language");
            }
        } else if (version == XliffVersion.V1_2 && "trans-unit".equals(name)
                || version == XliffVersion.V2 && "unit".equals(name)) {
            unitId(xml, name);
        }
    }

    private void language(XMLStreamReader xml, String attribute) throws InputException {
        String tag = XliffScanner.unqualifiedAttribute(xml, attribute);
        if (tag != null && !Languages.isTag(tag)) {
            throw at(xml.getLocation(), attribute + " '" + shortened(tag) + "' is not a language tag (BCP 47, e.g. en-GB)");
        }
    }

    private void unitId(XMLStreamReader xml, String element) throws InputException {
        String id = XliffScanner.unqualifiedAttribute(xml, "id");
        if (id == null) {
            return;
        }
        Integer first = unitLines.putIfAbsent(id, xml.getLocation().getLineNumber());
        if (first != null) {
            throw at(xml.getLocation(), "duplicate <" + element + "> id '" + shortened(id) + "' (first at line " + first
                    + "): each unit of a <file> needs its own id");
        }
    }

    private static String shortened(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }

    private InputException at(Location location, String reason) {
        return new InputException(file, Math.max(location.getLineNumber(), 0), Math.max(location.getColumnNumber(), 0),
                reason);
    }
}
