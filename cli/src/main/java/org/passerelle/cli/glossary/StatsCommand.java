package org.passerelle.cli.glossary;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.passerelle.cli.PasserelleCommand;
import org.passerelle.core.InputException;
import org.passerelle.glossary.TermStatus;
import org.passerelle.glossary.Termbase;
import org.passerelle.glossary.TermbaseStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"Count concepts and terms per language and status.",
            "Also counts the concepts without a preferred term in a language."})
final class StatsCommand extends PasserelleCommand {
    @Mixin
    TermbaseToRead termbase;

    @Override
    public Integer call() throws InputException {
        Termbase tb = termbase.read();
        TermbaseStats stats = TermbaseStats.of(tb);
        PrintWriter out = out();
        out.println(termbase.file + ": " + ValidateCommand.plural(stats.concepts(), "concept") + ", "
                + ValidateCommand.plural(stats.terms(), "term") + ", source language " + tb.sourceLanguage());
        stats.termsByLanguage().forEach((lang, byStatus) -> {
            List<String> counts = new ArrayList<>();
            for (Map.Entry<TermStatus, Integer> e : byStatus.entrySet()) {
                counts.add(e.getValue() + " " + e.getKey().id());
            }
            long withoutPreferred = TermbaseStats.withoutPreferred(tb, lang);
            out.println("  " + lang + ": " + ValidateCommand.plural(byStatus.values().stream().mapToInt(Integer::intValue).sum(), "term")
                    + " (" + String.join(", ", counts) + ")"
                    + (withoutPreferred == 0 ? ""
                            : "; " + ValidateCommand.plural(withoutPreferred, "concept") + " without a preferred " + lang + " term"));
        });
        return 0;
    }
}
