package org.passerelle.glossary.tbx;

import jakarta.xml.bind.annotation.XmlRootElement;

/** TBX {@code <note>}: A free-text note. */
@XmlRootElement(name = "note")
public class Note extends DataElement {
    public Note() {
    }

    public Note(String type, String text) {
        super(type, text);
    }
}
