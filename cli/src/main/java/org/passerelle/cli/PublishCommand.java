package org.passerelle.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.passerelle.core.InputException;
import org.passerelle.qa.gate.GateSummary;
import org.passerelle.xliff.PublishFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "publish", mixinStandardHelpOptions = true,
        description = {"Build the translated articles as DIR/<lang>/<article>.<ext>.",
            "Runs the QA gate first and refuses a file with QA errors (unless --skip-qa-gate),",
            "and refuses untranslated units (unless --allow-untranslated). Exit 1 when anything was refused."})
final class PublishCommand extends PasserelleCommand {
    @Parameters(arity = "1..*", paramLabel = "XLIFF", description = "Translated XLIFF files.")
    List<Path> files;

    @Mixin
    OutputOption output;

    @Option(names = "--format", split = ",", defaultValue = "html", paramLabel = "FORMAT",
            description = "Any of html, md, txt, docx (default: ${DEFAULT-VALUE}).")
    List<String> formats;

    @Option(names = "--allow-untranslated", description = "Publish units without translation in the source language.")
    boolean allowUntranslated;

    @Option(names = "--skip-qa-gate", description = "Publish even when the QA finds errors.")
    boolean skipQaGate;

    @Mixin
    QaOptions qa;

    @Override
    public Integer call() throws IOException, InputException {
        Set<PublishFormat> fmts = EnumSet.noneOf(PublishFormat.class);
        for (String f : formats) {
            fmts.add(PublishFormats.parse(spec.commandLine(), f));
        }
        GateSummary gate = new GateSummary();
        if (!skipQaGate) {
            qa.run(files, List.of(gate), null, List.of(), null, spec.commandLine().getErr());
            gate.requireReadable();
        }
        PrintWriter out = out();
        GatedPublisher publisher = new GatedPublisher(gate, output.dir, fmts, allowUntranslated);
        boolean refused = false;
        for (Path file : files) {
            GatedPublisher.Outcome outcome = publisher.publish(file);
            if (outcome.refused()) {
                out.println("refused " + file + ": " + outcome.refusal());
                refused = true;
            }
            outcome.written().forEach(written -> out.println(file + " -> " + written));
        }
        return refused ? ExitCode.FINDINGS : ExitCode.CLEAN;
    }
}
