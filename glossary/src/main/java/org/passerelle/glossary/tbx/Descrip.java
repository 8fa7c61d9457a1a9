package org.passerelle.glossary.tbx;

import jakarta.xml.bind.annotation.XmlRootElement;

/** TBX {@code <descrip>}: A descriptive data category: subjectField, definition, context. */
@XmlRootElement(name = "descrip")
public class Descrip extends DataElement {
    public Descrip() {
    }

    public Descrip(String type, String text) {
        super(type, text);
    }
}
