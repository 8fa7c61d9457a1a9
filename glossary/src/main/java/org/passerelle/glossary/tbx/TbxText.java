package org.passerelle.glossary.tbx;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlElementRef;
import jakarta.xml.bind.annotation.XmlElementRefs;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;

/** {@code <text>}: the body with the entries, and an optional back matter kept as it is. */
@XmlRootElement(name = "text")
@XmlAccessorType(XmlAccessType.FIELD)
public class TbxText extends Container {
    @XmlElementRefs(@XmlElementRef(type = Body.class))
    @XmlAnyElement
    private List<Object> children = new ArrayList<>();

    @Override
    public List<Object> children() {
        return children;
    }

    /** The body, created when missing. */
    public Body body() {
        return children(Body.class).stream().findFirst().orElseGet(() -> {
            Body body = new Body();
            children.add(0, body);
            return body;
        });
    }
}
