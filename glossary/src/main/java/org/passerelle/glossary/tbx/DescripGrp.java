package org.passerelle.glossary.tbx;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlElementRef;
import jakarta.xml.bind.annotation.XmlElementRefs;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/** {@code <descripGrp>}: a descrip with its source or note. */
@XmlRootElement(name = "descripGrp")
@XmlAccessorType(XmlAccessType.FIELD)
public class DescripGrp extends Container {
    @XmlElementRefs({@XmlElementRef(type = Descrip.class), @XmlElementRef(type = Admin.class),
        @XmlElementRef(type = Note.class)})
    @XmlAnyElement
    private List<Object> children = new ArrayList<>();

    @Override
    public List<Object> children() {
        return children;
    }

    public Descrip descrip() {
        return children(Descrip.class).stream().findFirst().orElse(null);
    }

    /**
     * The data category the group is about: its descrip's type (DCA) or the name of its first
     * element in a data-category namespace ({@code <basic:definition>}, DCT); null when neither.
     */
    public String category() {
        Descrip descrip = descrip();
        if (descrip != null) {
            return descrip.type();
        }
        Element dct = firstDctElement();
        return dct == null ? null : dct.getLocalName();
    }

    /** The text of the data category {@link #category()} names. */
    public String text() {
        Descrip descrip = descrip();
        if (descrip != null) {
            return descrip.text();
        }
        Element dct = firstDctElement();
        return dct == null ? null : dct.getTextContent();
    }

    private Element firstDctElement() {
        for (Object child : children) {
            if (child instanceof Element e && TbxDocument.isDataCategoryElement(e)) {
                return e;
            }
        }
        return null;
    }
}
