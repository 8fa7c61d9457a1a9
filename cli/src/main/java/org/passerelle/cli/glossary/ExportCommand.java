package org.passerelle.cli.glossary;

import java.io.IOException;
import java.nio.file.Path;
import org.passerelle.cli.PasserelleCommand;
import org.passerelle.core.InputException;
import org.passerelle.glossary.TbxReader;
import org.passerelle.glossary.Termbase;
import org.passerelle.glossary.TermbaseFormat;
import org.passerelle.glossary.TermbaseStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write a termbase as CSV, TSV or TBX v3 (by the name of --to).",
            "CSV/TSV: one concept per row, a column per language (\"en\" preferred, \"en deprecated\"...),"
                    + " then subjectField, definition and note; read back by import."})
final class ExportCommand extends PasserelleCommand {
    @Parameters(paramLabel = "FILE", description = "Termbase to export: TBX v3, TBX v2 or CSV/TSV.")
    Path file;

    @Option(names = "--to", required = true, paramLabel = "OUT", description = "File to write: .csv, .tsv or .tbx.")
    Path to;

    @Override
    public Integer call() throws InputException, IOException {
        TermbaseFormat format = TermbaseFormat.forName(to);
        if (format == null) {
            throw usageError("--to " + to + ": the name must end in .csv, .tsv or .tbx");
        }
        Termbase tb = new TbxReader().read(file);
        format.write(tb, to);
        out().println(to + ": exported " + file + " as " + format.label() + ": "
                + ValidateCommand.plural(tb.size(), "concept") + ", "
                + ValidateCommand.plural(TermbaseStats.of(tb).terms(), "term"));
        return 0;
    }
}
