package org.passerelle.cli.glossary;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.passerelle.cli.ExitCode;
import org.passerelle.cli.PasserelleCommand;
import org.passerelle.core.InputException;
import org.passerelle.glossary.validate.Problem;
import org.passerelle.glossary.validate.Problem.Severity;
import org.passerelle.glossary.validate.TbxValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check a termbase; exit code 2 when it has errors.",
            "TBX-Basic structure, picklists, language tags, ids, and conflicting or ambiguous terms.",
            "Prints each problem as file:line:column: severity: [concept] message (rule), then a summary."})
final class ValidateCommand extends PasserelleCommand {
    @Parameters(paramLabel = "FILE", description = "TBX v3, TBX v2 (martif) or CSV/TSV termbase.")
    Path file;

    @Override
    public Integer call() throws InputException {
        List<Problem> problems = new TbxValidator().validate(file);
        PrintWriter out = out();
        problems.forEach(p -> out.println(p.oneLine()));
        long errors = problems.stream().filter(p -> p.severity() == Severity.ERROR).count();
        long warnings = problems.size() - errors;
        out.println(file + ": " + (errors > 0 ? "invalid, " : "valid, ") + plural(errors, "error") + ", "
                + plural(warnings, "warning"));
        return errors > 0 ? ExitCode.BAD_INPUT : ExitCode.CLEAN;
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
