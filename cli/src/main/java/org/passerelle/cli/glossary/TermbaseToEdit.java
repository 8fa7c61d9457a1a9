package org.passerelle.cli.glossary;

import java.nio.file.Path;
import org.passerelle.core.InputException;
import picocli.CommandLine.Parameters;

/** The termbase the editing commands (add, set, deprecate, remove) change in place. */
final class TermbaseToEdit {
    @Parameters(paramLabel = "FILE", description = "Termbase to edit (TBX or CSV/TSV).")
    Path file;

    EditedTermbase open() throws InputException {
        return new EditedTermbase(file);
    }
}
