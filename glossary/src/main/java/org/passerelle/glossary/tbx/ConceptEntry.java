package org.passerelle.glossary.tbx;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElementRef;
import jakarta.xml.bind.annotation.XmlElementRefs;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;

/** {@code <conceptEntry>}: concept-level data categories, then one langSec per language. */
@XmlRootElement(name = "conceptEntry")
@XmlAccessorType(XmlAccessType.FIELD)
public class ConceptEntry extends Container {
    @XmlAttribute
    private String id;
    @XmlElementRefs({@XmlElementRef(type = Descrip.class), @XmlElementRef(type = DescripGrp.class),
        @XmlElementRef(type = Admin.class), @XmlElementRef(type = Note.class), @XmlElementRef(type = LangSec.class)})
    @XmlAnyElement
    private List<Object> children = new ArrayList<>();

    public ConceptEntry() {
    }

    public ConceptEntry(String id) {
        this.id = id;
    }

    @Override
    public List<Object> children() {
        return children;
    }

    public String id() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public List<LangSec> langSecs() {
        return children(LangSec.class);
    }
}
