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
import javax.xml.XMLConstants;

/** {@code <langSec xml:lang="…">}: language-level data categories, then the terms. */
@XmlRootElement(name = "langSec")
@XmlAccessorType(XmlAccessType.FIELD)
public class LangSec extends Container {
    @XmlAttribute(name = "lang", namespace = XMLConstants.XML_NS_URI)
    private String lang;
    @XmlElementRefs({@XmlElementRef(type = Descrip.class), @XmlElementRef(type = DescripGrp.class),
        @XmlElementRef(type = Admin.class), @XmlElementRef(type = Note.class), @XmlElementRef(type = TermSec.class)})
    @XmlAnyElement
    private List<Object> children = new ArrayList<>();

    public LangSec() {
    }

    public LangSec(String lang) {
        this.lang = lang;
    }

    @Override
    public List<Object> children() {
        return children;
    }

    public String lang() {
        return lang;
    }

    public void setLang(String lang) {
        this.lang = lang;
    }

    public List<TermSec> termSecs() {
        return children(TermSec.class);
    }
}
