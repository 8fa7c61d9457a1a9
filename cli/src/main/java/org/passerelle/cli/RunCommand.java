package org.passerelle.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.passerelle.core.Article;
import org.passerelle.core.AtomicFile;
import org.passerelle.core.InputException;
import org.passerelle.extract.ArticleExtractor;
import org.passerelle.extract.ArticleJson;
import org.passerelle.glossary.TbxReader;
import org.passerelle.glossary.Termbase;
import org.passerelle.qa.QaEngine;
import org.passerelle.qa.QaSummary;
import org.passerelle.qa.ReportListener;
import org.passerelle.qa.XliffFiles;
import org.passerelle.qa.gate.GateSummary;
import org.passerelle.qa.gate.ReportFormats;
import org.passerelle.xliff.PrepareResult;
import org.passerelle.xliff.PublishFormat;
import org.passerelle.xliff.PublishOptions;
import org.passerelle.xliff.XliffPreparer;
import org.passerelle.xliff.XliffVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run the whole pipeline on the bundled samples into out/.",
            "Extracts the French articles, prepares XLIFF for en and vi, runs the QA gate on the sample",
            "translations and publishes what passes.",
            "Exit 0 when every stage ran (the gate stopping the faulty sample is the expected outcome);",
            "with --strict, exit 1 when the gate stopped any article."})
final class RunCommand extends PasserelleCommand {
    @Option(names = "--samples", paramLabel = "DIR",
            description = "Samples directory with articles/, termbase.tbx and translations/ (default: the bundled samples).")
    Path samples;

    @Option(names = {"-o", "--output"}, defaultValue = "out", paramLabel = "DIR",
            description = "Output directory (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--targets", split = ",", defaultValue = "en,vi", paramLabel = "LANG",
            description = "Target languages to prepare (default: ${DEFAULT-VALUE}).")
    List<String> targets;

    @Option(names = "--strict", description = "Exit 1 when the QA gate stopped an article.")
    boolean strict;

    @Override
    public Integer call() throws IOException, InputException {
        Path dir = samples != null ? samples : SampleDir.locate();
        PrintWriter con = out();
        con.println("Passerelle run: samples from " + dir + ", results in " + out + "/");

        List<Path> articles = list(dir.resolve("articles"), "*.{txt,html,htm,docx,odt,rtf,pdf,doc}");
        Termbase termbase = new TbxReader().read(dir.resolve("termbase.tbx"));
        ArticleExtractor extractor = new ArticleExtractor(ExtractionOptions.SOURCE_LANGUAGE);
        XliffPreparer preparer = new XliffPreparer(termbase, XliffVersion.V1_2);
        int units = 0;
        int hits = 0;
        int xliffs = 0;
        try (Progress progress = Progress.start("prepare", articles.size())) {
            for (Path file : articles) {
                Article a = extractor.extract(file);
                AtomicFile.writeString(out.resolve("extract").resolve(a.id() + ".json"), ArticleJson.toJson(a));
                for (String lang : targets) {
                    PrepareResult r = preparer.prepare(a, lang, out.resolve("xliff"));
                    units += r.units();
                    hits += r.termHits();
                    xliffs++;
                }
                progress.step(a.id());
            }
        }
        step(con, "1. extracted", articles.size() + " French articles", out.resolve("extract") + "/");
        step(con, "2. prepared", xliffs + " XLIFF files, " + units + " units, " + hits + " termbase hits",
                out.resolve("xliff") + "/");

        List<Path> translations = XliffFiles.in(directory(dir.resolve("translations")));
        Path qaDir = out.resolve("qa");
        GateSummary gate = new GateSummary();
        QaSummary summary;
        try (QaProgressBar bar = new QaProgressBar()) {
            List<ReportListener> listeners = new ArrayList<>(List.of(bar, gate));
            ReportFormats.builtIn().defaults().forEach(f -> listeners.add(f.listener(qaDir)));
            summary = QaEngine.builder().termbase(termbase).progress(bar).build().run(translations, listeners);
        }
        gate.requireReadable();
        step(con, "3. checked", summary.files() + " translations: " + summary.errors() + " errors, "
                + summary.warnings() + " warnings, " + summary.infos() + " infos", qaDir + "/qa-report.*");

        Path site = out.resolve("publish");
        GatedPublisher.Result result = new GatedPublisher(gate,
                PublishOptions.of(site, EnumSet.of(PublishFormat.HTML), false)).publish(translations);
        Map<String, List<String>> published = new TreeMap<>();
        Map<String, String> stopped = new TreeMap<>();
        for (GatedPublisher.Outcome outcome : result.outcomes()) {
            String name = outcome.file().getFileName().toString();
            if (outcome.refused()) {
                stopped.put(name, outcome.refusal());
            } else {
                published.put(name, outcome.written().stream().map(Path::toString).toList());
            }
        }
        step(con, "4. published", published.size() + " of " + translations.size() + " translations",
                site + "/<lang>/");
        published.forEach((f, paths) -> con.println("       ok       " + f + " -> " + String.join(", ", paths)));
        stopped.forEach((f, why) -> con.println("       STOPPED  " + f + ": " + why));
        con.println("       site     " + site.resolve("index.html") + ", held back: " + site.resolve("refused.html"));
        con.println();
        if (stopped.isEmpty()) {
            con.println("Every translation passed the QA gate and was published.");
        } else {
            con.println("The QA gate stopped " + stopped.size() + " translation(s); the sample "
                    + "translations of 003 carry deliberate mistakes to show it. Full report: "
                    + qaDir.resolve("qa-report.html"));
        }
        return strict && !stopped.isEmpty() ? ExitCode.FINDINGS : ExitCode.CLEAN;
    }

    private static void step(PrintWriter con, String step, String what, String where) {
        con.printf("  %-13s %-58s %s%n", step, what, where);
    }

    private static Path directory(Path dir) throws InputException {
        if (!Files.isDirectory(dir)) {
            throw new InputException(dir, "no such directory");
        }
        return dir;
    }

    private static List<Path> list(Path dir, String glob) throws IOException, InputException {
        List<Path> files = new ArrayList<>();
        try (var stream = Files.newDirectoryStream(directory(dir), glob)) {
            stream.forEach(files::add);
        }
        files.sort(null);
        return files;
    }
}
