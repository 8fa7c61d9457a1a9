package org.passerelle.cli.glossary;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.passerelle.core.InputException;
import org.passerelle.glossary.Concept;
import org.passerelle.glossary.TbxReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "list", mixinStandardHelpOptions = true, description = "List the concepts of a termbase.")
final class ListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Termbase.")
    Path file;

    @Option(names = "--lang", paramLabel = "LANG", description = "Only terms of this language.")
    String lang;

    @Override
    public Integer call() throws InputException {
        PrintWriter out = spec.commandLine().getOut();
        for (Concept c : new TbxReader().read(file).concepts()) {
            out.println(c.id());
            Concept shown = lang == null ? c : new Concept(c.id(), c.subjectField(), c.definition(), c.note(), c.terms(lang));
            ConceptLines.print(out, shown, "    ");
        }
        return 0;
    }
}
