package org.passerelle.glossary.tbx;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;

/** {@code <tbxHeader>}, kept as it is: the model never needs to look inside. */
@XmlRootElement(name = "tbxHeader")
@XmlAccessorType(XmlAccessType.FIELD)
public class TbxHeader extends Container {
    @XmlAnyElement
    private List<Object> children = new ArrayList<>();

    @Override
    public List<Object> children() {
        return children;
    }
}
