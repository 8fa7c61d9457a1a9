package org.passerelle.cli.glossary;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.passerelle.cli.PasserelleCommand;
import org.passerelle.core.InputException;
import org.passerelle.glossary.BilingualGlossary;
import org.passerelle.glossary.SpreadsheetLosses;
import org.passerelle.glossary.TbxReader;
import org.passerelle.glossary.Termbase;
import org.passerelle.glossary.TermbaseFormat;
import org.passerelle.glossary.TermbaseStats;
import org.passerelle.glossary.OmegatExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write a termbase as CSV, TSV, TBX v3, or for OmegaT 3.6.",
            "CSV/TSV (UTF-8 with BOM): one concept per row, a column per language and status (\"en\", \"en deprecated\"),"
                    + " their termType, partOfSpeech and context, then subjectField, definition and note; read back by import."
                    + " What the spreadsheet cannot hold (a transacGrp, a source…) is named and the export refused, unless --lossy.",
            "For OmegaT 3.6: --format omegat-tsv (its tab-separated glossary; the default for a file named *.txt) or --format tbx2 (TBX v2 martif),"
                    + " one target language (--target-lang)."})
final class ExportCommand extends PasserelleCommand {
    @Parameters(paramLabel = "FILE", description = "Termbase to export: TBX v3, TBX v2 or CSV/TSV.")
    Path file;

    @Option(names = "--to", required = true, paramLabel = "OUT", description = "File to write: .csv, .tsv, .tbx or .txt.")
    Path to;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "csv, tsv, tbx (v3), tbx2 (v2 martif for OmegaT 3.6) or omegat-tsv; default: by the name of OUT.")
    String format;

    @Option(names = "--target-lang", paramLabel = "LANG", converter = LanguageTag.class,
            description = "For OmegaT: the target language (default: the termbase's only other language).")
    String targetLang;

    @Option(names = "--lossy", description = "Export to CSV/TSV even when the spreadsheet cannot hold everything.")
    boolean lossy;

    @Override
    public Integer call() throws InputException, IOException {
        if (format != null && !List.of("csv", "tsv", "tbx", "tbx2", "omegat-tsv").contains(format)) {
            throw usageError("--format " + format + ": give csv, tsv, tbx, tbx2 or omegat-tsv");
        }
        String chosen = format != null ? format : BilingualGlossary.isOmegatName(to) ? "omegat-tsv" : null;
        Termbase tb = new TbxReader().read(file);
        if ("omegat-tsv".equals(chosen) || "tbx2".equals(chosen)) {
            OmegatExport export = OmegatExport.of(tb, targetLang, file);
            if (chosen.equals("tbx2")) {
                export.writeMartif(to);
            } else {
                export.writeTsv(to);
            }
            out().println(to + ": exported " + file + " for OmegaT as " + (chosen.equals("tbx2") ? "TBX v2" : "its tab-separated glossary")
                    + ", " + export.sourceLanguage() + " to " + export.targetLanguage() + ": "
                    + ValidateCommand.plural(export.lines(), chosen.equals("tbx2") ? "concept" : "line"));
            return 0;
        }
        TermbaseFormat written = chosen == null ? TermbaseFormat.forName(to) : TermbaseFormat.named(chosen);
        if (written == null) {
            throw usageError("--to " + to + ": the name must end in .csv, .tsv, .tbx or .txt, or give --format");
        }
        Map<String, Integer> losses = written == TermbaseFormat.TBX ? Map.of() : SpreadsheetLosses.of(tb);
        if (!losses.isEmpty() && !lossy) {
            throw new InputException(file, "not exported: " + written.label() + " cannot hold "
                    + SpreadsheetLosses.describe(losses) + "; give --lossy to export without them"
                    + " (an import of the sheet back into " + file.getFileName() + " keeps them there)");
        }
        written.write(tb, to);
        out().println(to + ": exported " + file + " as " + written.label() + ": "
                + ValidateCommand.plural(tb.size(), "concept") + ", "
                + ValidateCommand.plural(TermbaseStats.of(tb).terms(), "term")
                + (losses.isEmpty() ? "" : "; left out: " + SpreadsheetLosses.describe(losses)));
        return 0;
    }
}
