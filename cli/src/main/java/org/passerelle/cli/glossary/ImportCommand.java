package org.passerelle.cli.glossary;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.passerelle.cli.PasserelleCommand;
import org.passerelle.core.InputException;
import org.passerelle.glossary.ImportSource;
import org.passerelle.glossary.TbxReader;
import org.passerelle.glossary.TermbaseFormat;
import org.passerelle.glossary.edit.TermbaseEditor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Merge TBX, CSV/TSV or a CAT glossary into FILE, or create it.",
            "TBX (v2 or v3): concepts are matched by id; new ones are added, existing ones get the terms they lack,"
                    + " the imported statuses and values.",
            "A spreadsheet (CSV/TSV with a header, as export writes it) is the termbase as edited: a cleared cell"
                    + " removes what it held and a deleted row its concept (--keep-missing keeps those).",
            "A glossary of source, target and comment (OmegaT .txt/.csv, Translate Toolkit CSV) needs --target-lang.",
            "Every change is listed; --dry-run lists them and writes nothing. A new .tbx FILE is TBX v3 (TBX-Basic);"
                    + " refused, with FILE unchanged, when the result would be invalid."})
final class ImportCommand extends PasserelleCommand {
    @Parameters(paramLabel = "FILE", description = "Termbase to import into (created when missing: .tbx, .csv or .tsv).")
    Path file;

    @Option(names = "--from", required = true, paramLabel = "SOURCE",
            description = "What to import: TBX v2 or v3, a CSV/TSV spreadsheet, an OmegaT or Translate Toolkit glossary.")
    Path from;

    @Option(names = "--dry-run", description = "List what the import would change, and write nothing.")
    boolean dryRun;

    @Option(names = "--keep-missing", description = "Keep the concepts a spreadsheet has no row for (a partial sheet).")
    boolean keepMissing;

    @Option(names = "--source-lang", paramLabel = "LANG", converter = LanguageTag.class,
            description = "Language of a glossary's source terms; default: FILE's source language.")
    String sourceLang;

    @Option(names = "--target-lang", paramLabel = "LANG", converter = LanguageTag.class,
            description = "Language of a glossary's target terms (OmegaT, Translate Toolkit).")
    String targetLang;

    @Override
    public Integer call() throws InputException, IOException {
        TermbaseFormat format = TermbaseFormat.forName(file);
        if (format == null && !Files.exists(file)) {
            throw usageError(file + ": a new termbase must end in .tbx, .csv or .tsv");
        }
        EditedTermbase termbase = new EditedTermbase(file);
        String source = sourceLang != null ? sourceLang : Files.exists(file) ? new TbxReader().read(file).sourceLanguage() : null;
        ImportSource incoming = ImportSource.read(from, source, targetLang);
        TermbaseEditor.ImportResult result = termbase.editor().importFrom(incoming.termbase(), incoming.columns(),
                incoming.unnamedIds(), new TermbaseEditor.ImportOptions(keepMissing, dryRun));
        PrintWriter out = out();
        String verb = dryRun ? "would import " : "imported ";
        if (result.created()) {
            out.println(file + ": " + (dryRun ? "would be created" : "created") + " from " + from + " (" + incoming.kind()
                    + ") as " + format.label() + ": " + ValidateCommand.plural(result.added(), "concept"));
        } else {
            out.println(termbase.report(verb + from + ": " + ValidateCommand.plural(result.added(), "concept") + " added, "
                    + result.changed() + " changed, " + result.removed() + " removed, "
                    + (incoming.termbase().size() - result.added() - result.changed()) + " unchanged"));
        }
        result.changes().forEach(c -> out.println("  " + c));
        if (dryRun) {
            out.println("nothing written (--dry-run)");
        }
        termbase.printWarnings(spec.commandLine().getErr());
        return 0;
    }
}
