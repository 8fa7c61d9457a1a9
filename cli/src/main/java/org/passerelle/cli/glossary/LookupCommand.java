package org.passerelle.cli.glossary;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.passerelle.core.InputException;
import org.passerelle.glossary.TbxReader;
import org.passerelle.glossary.Termbase;
import org.passerelle.glossary.TermHit;
import org.passerelle.glossary.TermMatcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "lookup", mixinStandardHelpOptions = true,
        description = "Find the termbase terms in TEXT (inflected forms too) and show their equivalents.")
final class LookupCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "Termbase.")
    Path file;

    @Parameters(index = "1", paramLabel = "TEXT", description = "A term or a sentence.")
    String text;

    @Option(names = "--lang", required = true, paramLabel = "LANG", description = "Language of TEXT (fr, en, vi).")
    String lang;

    @Override
    public Integer call() throws InputException {
        Termbase tb = new TbxReader().read(file);
        PrintWriter out = spec.commandLine().getOut();
        var hits = TermMatcher.of(tb, lang).find(text);
        if (hits.isEmpty()) {
            out.println("no term of " + file + " in '" + text + "'");
            return 0;
        }
        for (TermHit hit : hits) {
            out.println("'" + hit.matchedText(text) + "' -> " + hit.concept().id() + " (" + hit.term().text()
                    + ", " + hit.term().status().id() + ")");
            ConceptLines.print(out, hit.concept(), "    ");
        }
        return 0;
    }
}
