package org.passerelle.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.passerelle.core.InputException;
import org.passerelle.qa.XliffFiles;
import org.passerelle.qa.gate.GateSummary;
import org.passerelle.xliff.PublishFormat;
import org.passerelle.xliff.PublishOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "publish", mixinStandardHelpOptions = true,
        description = {"Build the translated articles as DIR/<lang>/<article>.<ext>, and with html the site around them:",
            "the original in its language, an index per language and DIR/index.html, DIR/refused.html.",
            "Runs the QA gate first and refuses a file with QA errors (unless --skip-qa-gate),",
            "and refuses untranslated units (unless --allow-untranslated). Exit 1 when anything was refused."})
final class PublishCommand extends PasserelleCommand {
    @Parameters(arity = "1..*", paramLabel = "XLIFF", description = "Translated XLIFF files, or directories of them (as qa takes them).")
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

    @Option(names = "--base-url", paramLabel = "URL",
            description = "The site's address (https://news.example/): canonical, hreflang and JSON-LD links become absolute. Default: relative links.")
    String baseUrl;

    @Option(names = "--template", paramLabel = "DIR",
            description = "The site's own article.mustache, index.mustache, refused.mustache and style.css; a file left out keeps the default.")
    Path templates;

    @Mixin
    QaOptions qa;

    private PublishOptions options(Set<PublishFormat> fmts) {
        PublishOptions options = PublishOptions.of(output.dir, fmts, allowUntranslated).withTemplates(templates);
        try {
            return options.withBaseUrl(baseUrl);
        } catch (IllegalArgumentException e) {
            throw usageError("--base-url: " + e.getMessage());
        }
    }

    @Override
    public Integer call() throws IOException, InputException {
        // A missing file keeps the wording every command gives; a directory stands for its XLIFF files, as in qa.
        requireFiles(files.stream().filter(f -> !Files.isDirectory(f)).toList());
        List<Path> xliff = XliffFiles.expand(files);
        Set<PublishFormat> fmts = EnumSet.noneOf(PublishFormat.class);
        for (String f : formats) {
            fmts.add(PublishFormats.parse(spec.commandLine(), f));
        }
        PublishOptions options = options(fmts);
        GateSummary gate = new GateSummary();
        if (!skipQaGate) {
            qa.run(qa.gate(), xliff, List.of(gate), null);
            gate.requireReadable();
        }
        PrintWriter out = out();
        GatedPublisher.Result result = new GatedPublisher(gate, options).publish(xliff);
        boolean refused = false;
        for (GatedPublisher.Outcome outcome : result.outcomes()) {
            if (outcome.refused()) {
                out.println("refused " + outcome.file() + ": " + outcome.refusal());
                refused = true;
            }
            outcome.written().forEach(written -> out.println(outcome.file() + " -> " + written));
        }
        SiteSummary.print(out, result);
        return refused ? ExitCode.FINDINGS : ExitCode.CLEAN;
    }
}
