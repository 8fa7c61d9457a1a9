package org.passerelle.glossary.tbx;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAnyAttribute;
import jakarta.xml.bind.annotation.XmlTransient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import javax.xml.namespace.QName;
import org.w3c.dom.Element;

/**
 * A TBX element whose children are kept in document order: known ones as model objects, unknown
 * ones (transacGrp, xref, DCT elements, extensions) as DOM elements.
 */
@XmlTransient
@XmlAccessorType(XmlAccessType.FIELD)
public abstract class Container implements Located {
    @XmlAnyAttribute
    private Map<QName, String> otherAttributes = new LinkedHashMap<>();
    @XmlTransient
    private final Position position = new Position();

    /** The live, ordered list of children; subclasses bind it to their element names. */
    public abstract List<Object> children();

    public Map<QName, String> otherAttributes() {
        return otherAttributes;
    }

    public <T> List<T> children(Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Object child : children()) {
            if (type.isInstance(child)) {
                found.add(type.cast(child));
            }
        }
        return found;
    }

    /** Children the model does not know, as DOM elements. */
    public List<Element> unknownChildren() {
        return children(Element.class);
    }

    public <T extends DataElement> Optional<T> first(Class<T> type, String dataCategory) {
        return children(type).stream().filter(e -> dataCategory.equals(e.type())).findFirst();
    }

    public <T extends DataElement> List<T> all(Class<T> type, String dataCategory) {
        return children(type).stream().filter(e -> dataCategory.equals(e.type())).toList();
    }

    public boolean removeIf(Predicate<Object> which) {
        return children().removeIf(which);
    }

    /** Adds {@code child} after the last child for which {@code after} holds, else first. */
    public void insertAfterLast(Object child, Predicate<Object> after) {
        List<Object> list = children();
        int at = 0;
        for (int i = 0; i < list.size(); i++) {
            if (after.test(list.get(i))) {
                at = i + 1;
            }
        }
        list.add(at, child);
    }

    @Override
    public Position position() {
        return position;
    }
}
