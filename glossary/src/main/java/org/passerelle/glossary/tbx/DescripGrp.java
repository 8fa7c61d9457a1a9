package org.passerelle.glossary.tbx;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlElementRef;
import jakarta.xml.bind.annotation.XmlElementRefs;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;

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
}
