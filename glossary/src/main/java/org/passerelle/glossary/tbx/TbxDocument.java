package org.passerelle.glossary.tbx;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElementRef;
import jakarta.xml.bind.annotation.XmlElementRefs;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlTransient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    /**
     * Prefixes the root element declared (min, basic, …), kept so that the writer declares them
     * there again: otherwise every DCT-style element would be written with declarations of its own.
     */
    @XmlTransient
    private final Map<String, String> rootNamespaces = new LinkedHashMap<>();
    /**
     * Processing instructions and comments before the root (xml-model schema links) of a TBX v3
     * file as read; null for a new document or one converted from v2, which get the writer's own.
     */
    @XmlTransient
    private List<String> prolog;
    /** Read from a file in the pre-standard namespace urn:iso:std:iso:30042:ed:3.0; written in {@link #NS}. */
    @XmlTransient
    private boolean draftNamespace;
    /** Read from a TBX v2 {@code martif}: validated by v2's rules, converted to TBX-Basic when written. */
    @XmlTransient
    private boolean fromV2;
    /** What {@code TbxBasicConversion} changed in a v2 document's entries, with counts; empty otherwise. */
    @XmlTransient
    private Map<String, Integer> conversions = Map.of();

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

    /** Prefix → namespace URI declared on the root element as read; empty for a new document. */
    public Map<String, String> rootNamespaces() {
        return rootNamespaces;
    }

    /** What came before the root element of the v3 file read: {@code <?xml-model …?>} lines and comments; else empty. */
    public Optional<List<String>> prolog() {
        return Optional.ofNullable(prolog);
    }

    public void setProlog(List<String> prolog) {
        this.prolog = prolog == null ? null : List.copyOf(prolog);
    }

    /** True when the file read used the draft namespace; writing it converts it to {@link #NS}. */
    public boolean draftNamespace() {
        return draftNamespace;
    }

    public void setDraftNamespace(boolean draftNamespace) {
        this.draftNamespace = draftNamespace;
    }

    /** True when the file read was TBX v2 ({@code martif}), presented as v3 by the reader. */
    public boolean fromV2() {
        return fromV2;
    }

    public void setFromV2(boolean fromV2) {
        this.fromV2 = fromV2;
    }

    public Map<String, Integer> conversions() {
        return conversions;
    }

    public void setConversions(Map<String, Integer> conversions) {
        this.conversions = Map.copyOf(conversions);
    }

    /**
     * True for an element in a data-category namespace ({@code <min:subjectField>},
     * {@code <basic:definition>}): how a DCT-style file writes what DCA writes as descrip or termNote.
     */
    public static boolean isDataCategoryElement(org.w3c.dom.Element e) {
        return e.getNamespaceURI() != null && !NS.equals(e.getNamespaceURI());
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
