package org.passerelle.cli.glossary;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.passerelle.core.InputException;
import org.passerelle.glossary.TbxReader;
import org.passerelle.glossary.TermbaseFormat;
import org.passerelle.glossary.edit.TermbaseEditor;
import org.passerelle.glossary.tbx.TbxDocument;
import org.passerelle.glossary.xml.DraftNamespace;

/**
 * A termbase about to be edited, and the one line that tells the user what the edit did. Every
 * edit writes TBX v3, so editing a TBX v2 export converts it: the line says so, since the tool
 * that exported it may not read it back.
 */
final class EditedTermbase {
    private final Path file;
    private final String conversion;
    private final TermbaseEditor editor;

    EditedTermbase(Path file) throws InputException {
        this.file = file;
        this.conversion = conversion(file);
        this.editor = new TermbaseEditor(file);
    }

    TermbaseEditor editor() {
        return editor;
    }

    /** The warnings the edit brought in, one line each, after the line that says what changed. */
    void printWarnings(PrintWriter err) {
        editor.warnings().forEach(p -> err.println(p.oneLine()));
    }

    /** "termbase.tbx: added concept c54: …" */
    String report(String change) {
        return file + ": " + change + conversion;
    }

    /**
     * What writing the file changes beyond the edit, as the end of the report line, or "". Reads
     * only up to the root element; a file that is not there yet is created, so converts nothing.
     */
    private static String conversion(Path file) throws InputException {
        TermbaseFormat format = TermbaseFormat.forName(file);
        if (format == TermbaseFormat.CSV || format == TermbaseFormat.TSV || !Files.exists(file)) {
            return "";
        }
        return switch (new TbxReader().root(file)) {
            case V2 -> " (written as TBX v3; the file was TBX v2)";
            case V3_DRAFT_NAMESPACE -> " (written in the ISO 30042:2019 namespace " + TbxDocument.NS
                    + "; the file used the draft " + DraftNamespace.URI + ")";
            case V3 -> "";
        };
    }
}
