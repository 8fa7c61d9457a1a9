package org.passerelle.cli.glossary;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.passerelle.cli.PasserelleCommand;
import org.passerelle.core.InputException;
import org.passerelle.glossary.TbxReader;
import org.passerelle.glossary.Termbase;
import org.passerelle.glossary.TermbaseFormat;
import org.passerelle.glossary.edit.TermbaseEditor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Merge a CSV, TSV or TBX termbase into FILE, or create FILE.",
            "Concepts are matched by id: new ones are added, existing ones get the terms they lack, the imported"
                    + " statuses and the imported fields. A new .tbx FILE is written as TBX v3 (TBX-Basic), which"
                    + " converts a TBX v2 (martif) export. Refused, with FILE unchanged, when the result would be invalid."})
final class ImportCommand extends PasserelleCommand {
    @Parameters(paramLabel = "FILE", description = "Termbase to import into (created when missing: .tbx, .csv or .tsv).")
    Path file;

    @Option(names = "--from", required = true, paramLabel = "SOURCE", description = "Termbase to import: CSV/TSV, TBX v2 or v3.")
    Path from;

    @Override
    public Integer call() throws InputException, IOException {
        TermbaseFormat format = TermbaseFormat.forName(file);
        if (format == null && !Files.exists(file)) {
            throw usageError(file + ": a new termbase must end in .tbx, .csv or .tsv");
        }
        EditedTermbase termbase = new EditedTermbase(file);
        Termbase incoming = new TbxReader().read(from);
        TermbaseEditor.ImportResult result = termbase.editor().importFrom(incoming);
        PrintWriter out = out();
        if (result.created()) {
            out.println(file + ": created from " + from + " as " + format.label() + ": "
                    + ValidateCommand.plural(incoming.size(), "concept"));
        } else {
            out.println(termbase.report("imported " + from + ": " + ValidateCommand.plural(result.added(), "concept")
                    + " added, " + result.changed() + " changed, "
                    + (incoming.size() - result.added() - result.changed()) + " unchanged"));
        }
        return 0;
    }
}
