package org.passerelle.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.passerelle.core.Article;
import org.passerelle.core.InputException;
import org.passerelle.extract.ArticleExtractor;
import org.passerelle.extract.ExtractionLimits;
import org.passerelle.extract.NearDuplicates;
import picocli.CommandLine.Option;

/** Options shared by the commands that read articles (extract, prepare). */
final class ExtractionOptions {
    /** The desk writes in French: anything else is refused unless the user says otherwise. */
    static final String SOURCE_LANGUAGE = "fr";

    @Option(names = "--lang", paramLabel = "LANG",
            description = "The articles' language, stated explicitly: detection no longer refuses them. "
                    + "Without it, an article not detected as French is refused (exit 2).")
    String language;

    @Option(names = "--rules", paramLabel = "FILE",
            description = "Extra boilerplate rules (same format as the bundled boilerplate.rules), applied after them.")
    Path rules;

    ArticleExtractor extractor() throws InputException {
        ArticleExtractor e = language == null ? new ArticleExtractor(SOURCE_LANGUAGE)
                : new ArticleExtractor(null).withDeclaredLanguage(language);
        return rules == null ? e : e.withRules(rules);
    }

    /** Refuses, before Tika is loaded, an article that is not a file or is over the size limit. */
    static void requireArticles(List<Path> files) throws InputException {
        for (Path file : files) {
            ExtractionLimits.DEFAULT.requireWithin(file);
        }
    }

    /** Tells the desk about re-publications before it pays to translate the same text twice. */
    static void reportNearDuplicates(List<Article> articles, PrintWriter out) {
        if (articles.size() < 2) {
            return;
        }
        NearDuplicates.Report report = new NearDuplicates().find(articles);
        if (!report.isEmpty()) {
            report.lines().forEach(l -> out.println("note: " + l));
        }
    }
}
