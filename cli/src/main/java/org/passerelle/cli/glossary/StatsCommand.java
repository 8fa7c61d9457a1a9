package org.passerelle.cli.glossary;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.passerelle.core.InputException;
import org.passerelle.glossary.Languages;
import org.passerelle.glossary.TbxReader;
import org.passerelle.glossary.Term;
import org.passerelle.glossary.Termbase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Count concepts, and terms per language and status.")
final class StatsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Termbase.")
    Path file;

    @Override
    public Integer call() throws InputException {
        Termbase tb = new TbxReader().read(file);
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        tb.concepts().forEach(c -> c.terms().forEach((Term t) -> counts
                .computeIfAbsent(Languages.primary(t.language()), k -> new TreeMap<>())
                .merge(t.status().id(), 1, Integer::sum)));
        PrintWriter out = spec.commandLine().getOut();
        out.println(file + ": " + tb.size() + " concepts");
        counts.forEach((lang, byStatus) -> out.println("  " + lang + ": " + byStatus.values().stream()
                .mapToInt(Integer::intValue).sum() + " terms " + byStatus));
        return 0;
    }
}
