package org.passerelle.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.passerelle.core.InputException;
import org.passerelle.xliff.PseudoTranslator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "pseudo", mixinStandardHelpOptions = true,
        description = {"Pseudo-translate every target in place, to test round trips.",
            "Accents and about 30%% expansion; inline codes kept."})
final class PseudoCommand extends PasserelleCommand {
    @Parameters(arity = "1..*", paramLabel = "XLIFF", description = "XLIFF files, changed in place.")
    List<Path> files;

    @Override
    public Integer call() throws IOException, InputException {
        requireFiles(files);
        PseudoTranslator pseudo = new PseudoTranslator();
        for (Path f : files) {
            int n = pseudo.pseudoTranslate(f);
            out().println(f + ": " + n + " segments pseudo-translated");
        }
        return ExitCode.CLEAN;
    }
}
