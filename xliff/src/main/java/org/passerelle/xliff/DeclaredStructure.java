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
 * trusts it: the declared languages must be language tags (a publish folder and the language
 * checks are chosen by them; lib-xliff2 checks them for 2.x only once it reads, and Okapi not at
 * all); and unit ids used twice in a {@code <file>} are noted, not refused: re-prepare and publish
 * find a unit's translation by id, but real tools write them (Passolo repeats Windows resource ids
 * in XLIFF 1.0), so the QA reports them; in 2.x, whose schema forbids them, they are refused here.
 */
final class DeclaredStructure {

    private final Path file;
    private final Map<String, Integer> unitLines = new HashMap<>();
    private String firstDuplicate;
    private int duplicates;

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
            unitId(xml, name, version);
        }
    }

    private void language(XMLStreamReader xml, String attribute) throws InputException {
        String tag = XliffScanner.unqualifiedAttribute(xml, attribute);
        if (tag != null && !Languages.isTag(tag)) {
            throw at(xml.getLocation(), attribute + " '" + shortened(tag) + "' is not a language tag (BCP 47, e.g. en-GB)");
        }
    }

    private void unitId(XMLStreamReader xml, String element, XliffVersion version) throws InputException {
        String id = XliffScanner.unqualifiedAttribute(xml, "id");
        if (id == null) {
            return;
        }
        Integer first = unitLines.putIfAbsent(id, xml.getLocation().getLineNumber());
        if (first != null && version == XliffVersion.V2) {
            // lib-xliff2 refuses it too, but points at the <file>
            throw at(xml.getLocation(), "duplicate <unit> id '" + shortened(id) + "' (first at line " + first + ")");
        }
        if (first != null) {
            duplicates++;
            if (firstDuplicate == null) {
                firstDuplicate = "<" + element + "> id '" + shortened(id) + "' at line " + xml.getLocation().getLineNumber()
                        + " is also at line " + first;
            }
        }
    }

    /** The first unit id used twice in a {@code <file>}, and how many more, or null. */
    String duplicateUnitIds() {
        if (firstDuplicate == null) {
            return null;
        }
        return firstDuplicate + (duplicates > 1 ? " (" + (duplicates - 1) + " more unit(s) repeat an id)" : "");
    }

    private static String shortened(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }

    private InputException at(Location location, String reason) {
        return new InputException(file, Math.max(location.getLineNumber(), 0), Math.max(location.getColumnNumber(), 0),
                reason);
    }
}
