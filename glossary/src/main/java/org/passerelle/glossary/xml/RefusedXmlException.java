package org.passerelle.glossary.xml;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;

/** Well-formed XML that a termbase reader refuses all the same: the message is the whole reason. */
final class RefusedXmlException extends XMLStreamException {
    private final int line;
    private final int column;

    RefusedXmlException(String reason, Location at) {
        this(reason, at == null ? 0 : at.getLineNumber(), at == null ? 0 : at.getColumnNumber());
    }

    RefusedXmlException(String reason, int line, int column) {
        super(reason);
        this.line = Math.max(line, 0);
        this.column = Math.max(column, 0);
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }
}
