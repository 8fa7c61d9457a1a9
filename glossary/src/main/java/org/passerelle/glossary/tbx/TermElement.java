package org.passerelle.glossary.tbx;

import jakarta.xml.bind.annotation.XmlRootElement;

/** TBX {@code <term>}: The term itself. */
@XmlRootElement(name = "term")
public class TermElement extends DataElement {
    public TermElement() {
    }

    public TermElement(String type, String text) {
        super(type, text);
    }
}
