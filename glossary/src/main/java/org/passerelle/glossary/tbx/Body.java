package org.passerelle.glossary.tbx;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlElementRef;
import jakarta.xml.bind.annotation.XmlElementRefs;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;

/** {@code <body>}: the concept entries in file order. */
@XmlRootElement(name = "body")
@XmlAccessorType(XmlAccessType.FIELD)
public class Body extends Container {
    @XmlElementRefs(@XmlElementRef(type = ConceptEntry.class))
    @XmlAnyElement
    private List<Object> children = new ArrayList<>();

    @Override
    public List<Object> children() {
        return children;
    }
}
