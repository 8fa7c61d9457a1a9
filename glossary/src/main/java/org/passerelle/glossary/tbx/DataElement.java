package org.passerelle.glossary.tbx;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAnyAttribute;
import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlMixed;
import jakarta.xml.bind.annotation.XmlTransient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import org.w3c.dom.Element;

/**
 * A TBX element carrying text: term, termNote, descrip, note, admin. The content is mixed so that
 * inline markup such as {@code <hi>} survives a round trip.
 */
@XmlTransient
@XmlAccessorType(XmlAccessType.FIELD)
public abstract class DataElement implements Located {
    @XmlAttribute
    private String type;
    @XmlAnyAttribute
    private Map<QName, String> otherAttributes = new LinkedHashMap<>();
    @XmlMixed
    @XmlAnyElement
    private List<Object> content = new ArrayList<>();
    @XmlTransient
    private final Position position = new Position();

    protected DataElement() {
    }

    protected DataElement(String type, String text) {
        this.type = type;
        setText(text);
    }

    /** The data category ("definition", "administrativeStatus"), or null for term and note. */
    public String type() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    /** The text content with inline markup flattened. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (Object part : content) {
            if (part instanceof String s) {
                sb.append(s);
            } else if (part instanceof Element e) {
                sb.append(e.getTextContent());
            }
        }
        return sb.toString();
    }

    public void setText(String text) {
        content.clear();
        content.add(text);
    }

    public List<Object> content() {
        return content;
    }

    public Map<QName, String> otherAttributes() {
        return otherAttributes;
    }

    @Override
    public Position position() {
        return position;
    }
}
