package org.passerelle.glossary.tbx;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlElementRef;
import jakarta.xml.bind.annotation.XmlElementRefs;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;

/** {@code <termSec>}: the term, its termNotes, then term-level descrips, admins and notes. */
@XmlRootElement(name = "termSec")
@XmlAccessorType(XmlAccessType.FIELD)
public class TermSec extends Container {
    @XmlElementRefs({@XmlElementRef(type = TermElement.class), @XmlElementRef(type = TermNote.class),
        @XmlElementRef(type = Descrip.class), @XmlElementRef(type = DescripGrp.class),
        @XmlElementRef(type = Admin.class), @XmlElementRef(type = Note.class)})
    @XmlAnyElement
    private List<Object> children = new ArrayList<>();

    @Override
    public List<Object> children() {
        return children;
    }

    /** The term element, or null in a broken file. */
    public TermElement term() {
        return children(TermElement.class).stream().findFirst().orElse(null);
    }

    /** The termNote of this data category, or null. */
    public TermNote termNote(String dataCategory) {
        return first(TermNote.class, dataCategory).orElse(null);
    }

    /**
     * Sets or removes (value null) a termNote, keeping the core order: term, termNotes, the rest.
     */
    public void setTermNote(String dataCategory, String value) {
        TermNote existing = termNote(dataCategory);
        if (value == null) {
            if (existing != null) {
                children.remove(existing);
            }
        } else if (existing != null) {
            existing.setText(value);
        } else {
            insertAfterLast(new TermNote(dataCategory, value),
                    c -> c instanceof TermElement || c instanceof TermNote);
        }
    }
}
