package org.passerelle.glossary.tbx;

import jakarta.xml.bind.annotation.XmlRootElement;

/** TBX {@code <admin>}: An administrative data category: source, customerSubset, projectSubset. */
@XmlRootElement(name = "admin")
public class Admin extends DataElement {
    public Admin() {
    }

    public Admin(String type, String text) {
        super(type, text);
    }
}
