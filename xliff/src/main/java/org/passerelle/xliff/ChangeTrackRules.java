package org.passerelle.xliff;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamReader;
import org.passerelle.core.InputException;

/**
 * The constraints of XLIFF 2's change-tracking module (section 5.6) that its schema cannot state
 * and lib-xliff2 does not check, for a unit's {@code <ctr:changeTrack>}: a {@code ref} names an
 * element of the unit; {@code appliesTo} an element the unit has several of needs a {@code ref};
 * an item's {@code property} is {@code content} or an attribute of that element, named once per
 * revision. Ids are kept per unit only, and only in files that declare the module.
 * (Change tracking at file or group level is not checked.)
 */
final class ChangeTrackRules {
    static final String NS = "urn:oasis:names:tc:xliff:changetracking:2.0";
    private static final String CONTENT = "content";

    private record Item(String property, Location at) {
    }

    private record Revisions(String appliesTo, String ref, Location at, List<Item> items) {
    }

    private final Path file;
    /** Off until the module shows up, so that other files pay nothing for it. */
    private boolean active;
    private boolean inUnit;
    private final Map<String, Set<String>> attributesById = new HashMap<>();
    private final Map<String, Integer> elementCounts = new HashMap<>();
    private final Map<String, Set<String>> firstAttributes = new HashMap<>();
    private final List<Revisions> revisions = new ArrayList<>();
    private final Set<String> revisionProperties = new HashSet<>();

    ChangeTrackRules(Path file) {
        this.file = file;
    }

    void start(XMLStreamReader xml) throws InputException {
        String name = xml.getLocalName();
        if (NS.equals(xml.getNamespaceURI())) {
            active = true;
            ctrElement(xml, name);
            return;
        }
        if (!XliffScanner.NS_20.equals(xml.getNamespaceURI())) {
            return;
        }
        if ("unit".equals(name)) {
            attributesById.clear();
            elementCounts.clear();
            firstAttributes.clear();
            revisions.clear();
            inUnit = true;
            return;
        }
        if (inUnit && active) {
            Set<String> attributes = attributeNames(xml);
            String id = XliffScanner.unqualifiedAttribute(xml, "id");
            if (id != null) {
                attributesById.put(id, attributes);
            }
            elementCounts.merge(name, 1, Integer::sum);
            firstAttributes.putIfAbsent(name, attributes);
        }
    }

    void end(XMLStreamReader xml) throws InputException {
        if (inUnit && "unit".equals(xml.getLocalName()) && XliffScanner.NS_20.equals(xml.getNamespaceURI())) {
            for (Revisions r : revisions) {
                check(r);
            }
            inUnit = false;
        }
    }

    private void ctrElement(XMLStreamReader xml, String name) throws InputException {
        if (!inUnit) {
            return;
        }
        if ("revisions".equals(name)) {
            revisions.add(new Revisions(XliffScanner.unqualifiedAttribute(xml, "appliesTo"),
                    XliffScanner.unqualifiedAttribute(xml, "ref"), xml.getLocation(), new ArrayList<>()));
        } else if ("revision".equals(name)) {
            revisionProperties.clear();
        } else if ("item".equals(name) && !revisions.isEmpty()) {
            String property = XliffScanner.unqualifiedAttribute(xml, "property");
            if (property != null && !revisionProperties.add(property)) {
                throw at(xml.getLocation(), "ctr:item property '" + property + "' is given twice in one revision");
            }
            revisions.get(revisions.size() - 1).items().add(new Item(property, xml.getLocation()));
        }
    }

    private void check(Revisions r) throws InputException {
        Set<String> attributes;
        if (r.ref() != null) {
            attributes = attributesById.get(r.ref());
            if (attributes == null) {
                throw at(r.at(), "ctr:revisions ref '" + r.ref() + "' names no element of the unit");
            }
        } else if (r.appliesTo() != null && elementCounts.getOrDefault(r.appliesTo(), 0) > 1) {
            throw at(r.at(), "ctr:revisions appliesTo '" + r.appliesTo() + "' is one of several <" + r.appliesTo()
                    + "> of the unit: give ref to say which");
        } else {
            attributes = firstAttributes.get(r.appliesTo());
        }
        if (attributes == null) {
            return;
        }
        for (Item item : r.items()) {
            if (item.property() != null && !CONTENT.equals(item.property()) && !attributes.contains(item.property())) {
                throw at(item.at(), "ctr:item property '" + item.property() + "' is neither content nor an attribute of the <"
                        + r.appliesTo() + "> it applies to");
            }
        }
    }

    private static Set<String> attributeNames(XMLStreamReader xml) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            names.add(xml.getAttributeLocalName(i));
        }
        return names;
    }

    private InputException at(Location location, String reason) {
        return new InputException(file, Math.max(location.getLineNumber(), 0), Math.max(location.getColumnNumber(), 0),
                "invalid XLIFF 2.0: " + reason);
    }
}
