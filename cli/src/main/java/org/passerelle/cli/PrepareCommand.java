package org.passerelle.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.passerelle.core.Article;
import org.passerelle.core.InputException;
import org.passerelle.extract.ArticleExtractor;
import org.passerelle.glossary.Termbase;
import org.passerelle.qa.Finding;
import org.passerelle.qa.Profile;
import org.passerelle.qa.SourceReview;
import org.passerelle.qa.gate.CheckedTermbase;
import org.passerelle.xliff.PrepareResult;
import org.passerelle.xliff.XliffPreparer;
import org.passerelle.xliff.XliffVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "prepare", mixinStandardHelpOptions = true,
        description = {"Extract, segment and write XLIFF for translators, termbase hits attached.",
            "Writes DIR/<article>.<lang>.xlf; re-running into the same DIR keeps every translation already made."})
final class PrepareCommand extends PasserelleCommand {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Article files.")
    List<Path> files;

    @Option(names = "--termbase", required = true, paramLabel = "TBX", description = "Termbase (TBX v3/v2 or CSV).")
    Path termbase;

    @Option(names = "--targets", required = true, split = ",", paramLabel = "LANG",
            description = "Target languages, e.g. en,vi (or en-GB,vi-VN).")
    List<String> targets;

    @Mixin
    OutputOption output;

    @Option(names = "--xliff", defaultValue = "1.2", paramLabel = "VERSION",
            description = "1.2 (default) or 2 (XLIFF 2.1); an existing file keeps its own version.")
    String xliffVersion;

    @Mixin
    ExtractionOptions extraction;

    @Option(names = "--copy-source",
            description = "Pre-fill each target with the source, marked as a copy (state needs-translation, "
                    + "state-qualifier x-passerelle-source-copied): OmegaT 3.6 shows only units that have a target; "
                    + "a marked target counts as translated once its text differs from the source.")
    boolean copySource;

    @Option(names = "--check-source",
            description = "Also check the French copy (spelling, grammar, punctuation, doubled words) and print what "
                    + "the desk should fix before translation starts, once per source text.")
    boolean checkSource;

    @Override
    public Integer call() throws IOException, InputException {
        if (!xliffVersion.matches("1\\.2|2(\\.[01])?")) {
            throw usageError("--xliff takes 1.2 or 2, not '" + xliffVersion + "'");
        }
        for (String t : targets) {
            LanguageTags.requireValid(spec.commandLine(), "--targets", t);
        }
        ExtractionOptions.requireArticles(files);
        PrintWriter err = spec.commandLine().getErr();
        Termbase tb = CheckedTermbase.read(termbase, w -> err.println("passerelle: warning: " + w));
        ArticleExtractor extractor = extraction.extractor();
        List<Article> articles = new ArrayList<>();
        for (Path file : files) {
            articles.add(extractor.extract(file));
        }
        ExtractionOptions.reportNearDuplicates(articles, spec.commandLine().getErr());
        XliffPreparer preparer = new XliffPreparer(tb, XliffVersion.parse(xliffVersion))
                .withSourceCopiedToTargets(copySource);
        PrintWriter out = out();
        List<Path> written = new ArrayList<>();
        try (Progress progress = Progress.start("prepare", (long) files.size() * targets.size())) {
            for (Article article : articles) {
                for (String target : targets) {
                    PrepareResult r = preparer.prepare(article, target, output.dir);
                    out.println(r.summary(r.file().toString()));
                    written.add(r.file());
                    progress.step(article.id() + " " + target);
                }
            }
        }
        if (checkSource) {
            for (Finding f : SourceReview.of(written, Profile.defaults())) {
                out.println(f.file() + ":" + f.unit() + ": " + f.severity().id() + ": " + f.check() + ": " + f.message());
            }
        }
        return ExitCode.CLEAN;
    }
}
