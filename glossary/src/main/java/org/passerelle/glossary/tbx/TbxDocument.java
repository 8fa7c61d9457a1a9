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

/** The TBX root element {@code <tbx>}: a header and a text with the concept entries. */
@XmlRootElement(name = "tbx")
@XmlAccessorType(XmlAccessType.FIELD)
public class TbxDocument extends Container {
    /** The TBX v3 namespace (ISO 30042:2019). */
    public static final String NS = "urn:iso:std:iso:30042:ed-2";

    @XmlAttribute
    private String type;
    @XmlAttribute
    private String style;
    @XmlAttribute(name = "lang", namespace = XMLConstants.XML_NS_URI)
    private String lang;
    @XmlElementRefs({@XmlElementRef(type = TbxHeader.class), @XmlElementRef(type = TbxText.class)})
    @XmlAnyElement
    private List<Object> children = new ArrayList<>();

    public TbxDocument() {
    }

    public TbxDocument(String lang) {
        this.type = "TBX-Basic";
        this.style = "dca";
        this.lang = lang;
    }

    @Override
    public List<Object> children() {
        return children;
    }

    /** The dialect, "TBX-Basic"; "TBX" or another v2 name when read from a {@code martif}. */
    public String type() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    /** "dca" or "dct"; null when read from a v2 {@code martif}. */
    public String style() {
        return style;
    }

    public void setStyle(String style) {
        this.style = style;
    }

    public String lang() {
        return lang;
    }

    public void setLang(String lang) {
        this.lang = lang;
    }

    public TbxHeader header() {
        return children(TbxHeader.class).stream().findFirst().orElse(null);
    }

    /** The text section, created when missing. */
    public TbxText text() {
        return children(TbxText.class).stream().findFirst().orElseGet(() -> {
            TbxText text = new TbxText();
            children.add(text);
            return text;
        });
    }

    public List<ConceptEntry> conceptEntries() {
        return text().body().children(ConceptEntry.class);
    }
}
