package org.passerelle.glossary.validate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.namespace.QName;
import org.passerelle.glossary.tbx.Container;
import org.passerelle.glossary.tbx.ConceptEntry;
import org.passerelle.glossary.tbx.DataElement;
import org.passerelle.glossary.tbx.Located;
import org.passerelle.glossary.tbx.TbxDocument;
import org.passerelle.glossary.xml.DocumentPositions;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The TBX core rule on {@code target} attributes: an http(s) address or the id of an element of
 * the same file (a concept for a cross-reference, a person in the back matter for a transaction).
 */
final class TargetRules {
    private static final Pattern HTTP = Pattern.compile("https?://.+");

    private record Target(String value, Located at, String conceptId) {
    }

    private final Problems problems;
    private final Set<String> ids = new HashSet<>();
    private final List<Target> targets = new ArrayList<>();

    TargetRules(Problems problems) {
        this.problems = problems;
    }

    void check(TbxDocument doc) {
        visit(doc, doc, null);
        for (Target t : targets) {
            if (!HTTP.matcher(t.value()).matches() && !ids.contains(t.value())) {
                problems.error("tbx.target", t.at(), t.conceptId(), "target '" + t.value()
                        + "' is neither an http(s) address nor the id of an element in this file");
            }
        }
    }

    private void visit(Object node, Located near, String conceptId) {
        if (node instanceof ConceptEntry entry) {
            conceptId = entry.id();
            ids.add(entry.id());
        }
        if (node instanceof Container container) {
            Located at = container.line() > 0 ? container : near;
            attributes(container.otherAttributes(), at, conceptId);
            for (Object child : container.children()) {
                visit(child, at, conceptId);
            }
        } else if (node instanceof DataElement data) {
            Located at = data.line() > 0 ? data : near;
            attributes(data.otherAttributes(), at, conceptId);
            for (Object part : data.content()) {
                visit(part, at, conceptId);
            }
        } else if (node instanceof Element element) {
            Located at = DocumentPositions.of(element) != null ? DocumentPositions.of(element) : near;
            if (element.hasAttribute("id")) {
                ids.add(element.getAttribute("id"));
            }
            if (element.hasAttribute("target")) {
                targets.add(new Target(element.getAttribute("target"), at, conceptId));
            }
            for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
                visit(n, at, conceptId);
            }
        }
    }

    private void attributes(Map<QName, String> attributes, Located at, String conceptId) {
        String id = attributes.get(new QName("id"));
        if (id != null) {
            ids.add(id);
        }
        String target = attributes.get(new QName("target"));
        if (target != null) {
            targets.add(new Target(target, at, conceptId));
        }
    }
}
