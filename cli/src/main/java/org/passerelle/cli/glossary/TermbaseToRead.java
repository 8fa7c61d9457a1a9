package org.passerelle.cli.glossary;

import java.nio.file.Path;
import org.passerelle.core.InputException;
import org.passerelle.glossary.TbxReader;
import org.passerelle.glossary.Termbase;
import picocli.CommandLine.Parameters;

/** The termbase the reading commands (list, lookup, stats) read, always as their first argument. */
final class TermbaseToRead {
    @Parameters(index = "0", paramLabel = "FILE", description = "Termbase.")
    Path file;

    Termbase read() throws InputException {
        return new TbxReader().read(file);
    }
}
