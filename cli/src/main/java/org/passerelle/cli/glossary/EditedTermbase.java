package org.passerelle.cli.glossary;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.passerelle.glossary.TermbaseFormat;
import org.passerelle.glossary.edit.TermbaseEditor;
import org.passerelle.glossary.tbx.TbxDocument;
import org.passerelle.glossary.xml.DraftNamespace;
import org.passerelle.glossary.xml.SafeXmlInputFactory;

/**
 * A termbase about to be edited, and the one line that tells the user what the edit did. Every
 * edit writes TBX v3, so editing a TBX v2 export converts it: the line says so, since the tool
 * that exported it may not read it back.
 */
final class EditedTermbase {
    private final Path file;
    private final String conversion;

    EditedTermbase(Path file) {
        this.file = file;
        this.conversion = conversion(file);
    }

    TermbaseEditor editor() {
        return new TermbaseEditor(file);
    }

    /** "termbase.tbx: added concept c54: …" */
    String report(String change) {
        return file + ": " + change + conversion;
    }

    /**
     * What writing the file changes beyond the edit, as the end of the report line, or "". Reads
     * only up to the root element; a file that cannot be read is left to the editor to report.
     */
    private static String conversion(Path file) {
        TermbaseFormat format = TermbaseFormat.forName(file);
        if (format == TermbaseFormat.CSV || format == TermbaseFormat.TSV || !Files.isRegularFile(file)) {
            return "";
        }
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader reader = SafeXmlInputFactory.create().createXMLStreamReader(in);
            try {
                while (reader.hasNext()) {
                    if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                        if ("martif".equals(reader.getLocalName())) {
                            return " (written as TBX v3; the file was TBX v2)";
                        }
                        return DraftNamespace.URI.equals(reader.getNamespaceURI())
                                ? " (written in the ISO 30042:2019 namespace " + TbxDocument.NS + "; the file used the draft "
                                        + DraftNamespace.URI + ")"
                                : "";
                    }
                }
                return "";
            } finally {
                reader.close();
            }
        } catch (IOException | XMLStreamException e) {
            return "";
        }
    }
}
