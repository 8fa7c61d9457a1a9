package org.passerelle.cli.glossary;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.passerelle.core.InputException;
import org.passerelle.glossary.TbxReader;
import org.passerelle.glossary.Termbase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a termbase; problems are reported as file:line:column and exit code 2.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "TBX v3, TBX v2 (martif) or CSV termbase.")
    Path file;

    @Override
    public Integer call() throws InputException {
        Termbase tb = new TbxReader().read(file);
        spec.commandLine().getOut().println(file + ": valid, " + tb.size() + " concepts, languages "
                + String.join(", ", tb.languages()));
        return 0;
    }
}
