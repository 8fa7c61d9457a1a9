package org.passerelle.glossary.tbx;

import jakarta.xml.bind.annotation.XmlRootElement;

/** TBX {@code <termNote>}: A term-level data category: administrativeStatus, termType, partOfSpeech, grammaticalGender. */
@XmlRootElement(name = "termNote")
public class TermNote extends DataElement {
    public TermNote() {
    }

    public TermNote(String type, String text) {
        super(type, text);
    }
}
