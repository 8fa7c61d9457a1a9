package org.passerelle.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.passerelle.core.Article;
import org.passerelle.core.AtomicFile;
import org.passerelle.core.InputException;
import org.passerelle.extract.ArticleExtractor;
import org.passerelle.extract.ArticleJson;
import org.passerelle.extract.ArticleText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract articles (txt, html, docx, odt, pdf, rtf) to structured text.",
            "One file without -o prints to standard output;",
            "otherwise each article is written as DIR/<article>.json (or .txt)."})
final class ExtractCommand extends PasserelleCommand {

    enum Format { json, text }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Article files.")
    List<Path> files;

    @Option(names = "--format", defaultValue = "json", description = "json or text (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Write one file per article into DIR.")
    Path outDir;

    @Mixin
    ExtractionOptions extraction;

    @Option(names = "--labels", description = "Text format: prefix each block with its role, boilerplate included.")
    boolean labelled;

    @Override
    public Integer call() throws IOException, InputException {
        if (outDir == null && files.size() > 1) {
            throw usageError("several files need -o DIR");
        }
        ExtractionOptions.requireArticles(files);
        ArticleExtractor extractor = extraction.extractor();
        List<Article> articles = new ArrayList<>();
        PrintWriter out = out();
        try (Progress progress = Progress.start("extract", files.size())) {
            for (Path file : files) {
                Article article = extractor.extract(file);
                articles.add(article);
                String rendered = render(article);
                if (outDir == null) {
                    out.print(rendered);
                    out.flush();
                } else {
                    Path target = outDir.resolve(article.id() + (format == Format.json ? ".json" : ".txt"));
                    AtomicFile.writeString(target, rendered);
                    out.println(file + " -> " + target + " (" + article.language() + ", "
                            + article.translatableBlocks().size() + " blocks to translate)");
                }
                progress.step(file.getFileName().toString());
            }
        }
        ExtractionOptions.reportNearDuplicates(articles, spec.commandLine().getErr());
        return ExitCode.CLEAN;
    }

    private String render(Article article) {
        return format == Format.json ? ArticleJson.toJson(article)
                : (labelled ? ArticleText.labelled() : ArticleText.plain()).toText(article);
    }
}
