package org.passerelle.glossary.edit;

import java.nio.file.Path;
import org.passerelle.core.InputException;

/** An edit that would make the termbase invalid or that names a term or concept not there. */
public class EditRefusedException extends InputException {
    public EditRefusedException(Path file, String reason) {
        super(file, reason);
    }
}
