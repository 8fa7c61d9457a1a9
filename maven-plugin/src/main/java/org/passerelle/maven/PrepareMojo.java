package org.passerelle.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.passerelle.core.Article;
import org.passerelle.extract.ArticleExtractor;
import org.passerelle.core.InputException;
import org.passerelle.glossary.TbxReader;
import org.passerelle.glossary.Termbase;
import org.passerelle.xliff.PrepareResult;
import org.passerelle.xliff.XliffPreparer;
import org.passerelle.xliff.XliffVersion;
import org.passerelle.core.Languages;

/**
 * Writes XLIFF for translators from French articles, {@code outputDirectory/<article>.<lang>.xlf},
 * like {@code passerelle prepare}. Re-running keeps every translation already in those files, so
 * the output directory is normally the committed one the QA and publish goals read.
 */
@Mojo(name = "prepare", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public class PrepareMojo extends AbstractPasserelleMojo {
    /** The formats Tika extracts articles from, as {@code passerelle run} lists them. */
    private static final List<String> ARTICLE_EXTENSIONS =
            List.of(".txt", ".html", ".htm", ".docx", ".odt", ".rtf", ".pdf", ".doc");

    /** Article files; when not set, the articles in {@code articleDirectory}. */
    @Parameter(property = "passerelle.articles")
    List<File> articles;

    /** Directory of articles (not searched recursively: the file name is the article id). */
    @Parameter(property = "passerelle.articleDirectory", defaultValue = "${project.basedir}/src/main/articles")
    File articleDirectory;

    /** Termbase (TBX v3, TBX v2 or CSV) whose hits are attached to each unit. */
    @Parameter(property = "passerelle.termbase", required = true)
    File termbase;

    /** Target languages, comma-separated, e.g. {@code en,vi} or {@code en-GB,vi-VN}. */
    @Parameter(property = "passerelle.targets", required = true)
    String targets;

    @Parameter(property = "passerelle.xliffDirectory", defaultValue = "${project.basedir}/src/main/xliff")
    File outputDirectory;

    /** 1.2 or 2 (XLIFF 2.1). */
    @Parameter(property = "passerelle.xliffVersion", defaultValue = "1.2")
    String xliffVersion;

    /** Language of the articles; an article in another language is refused. */
    @Parameter(property = "passerelle.sourceLanguage", defaultValue = "fr")
    String sourceLanguage;

    public PrepareMojo() {
        super("prepare");
    }

    @Override
    void run() throws MojoExecutionException, InputException {
        if (!xliffVersion.matches("1\\.2|2(\\.[01])?")) {
            throw new MojoExecutionException("xliffVersion takes 1.2 or 2, not '" + xliffVersion + "'");
        }
        List<String> languages = languages(targets);
        Path out = DisplayPath.of(outputDirectory.toPath());
        try {
            List<Path> files = articleFiles();
            if (files.isEmpty()) {
                getLog().warn("No articles to prepare in " + DisplayPath.of(articleDirectory.toPath()));
                return;
            }
            Termbase tb = new TbxReader().read(DisplayPath.of(termbase.toPath()));
            ArticleExtractor extractor = new ArticleExtractor(sourceLanguage);
            XliffPreparer preparer = new XliffPreparer(tb, XliffVersion.parse(xliffVersion));
            for (Path file : files) {
                Article article = extractor.extract(file);
                for (String language : languages) {
                    PrepareResult r = preparer.prepare(article, language, out);
                    getLog().info(r.summary(DisplayPath.of(r.file()).toString()));
                }
            }
            getLog().info("Passerelle prepare: " + files.size() + " article(s) x " + languages.size()
                    + " language(s) into " + out);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write " + out + ": " + e.getMessage(), e);
        }
    }

    private List<Path> articleFiles() throws InputException {
        Set<Path> result = new LinkedHashSet<>();
        if (articles != null && !articles.isEmpty()) {
            for (File f : articles) {
                Path p = DisplayPath.of(f.toPath());
                if (!Files.isRegularFile(p)) {
                    throw new InputException(p, "no such file");
                }
                result.add(p);
            }
            return new ArrayList<>(result);
        }
        Path dir = DisplayPath.of(articleDirectory.toPath());
        if (!Files.isDirectory(dir)) {
            throw new InputException(dir, "no such directory");
        }
        try (Stream<Path> list = Files.list(dir)) {
            list.filter(Files::isRegularFile).filter(PrepareMojo::isArticle).sorted().forEach(result::add);
        } catch (IOException e) {
            throw new InputException(dir, "cannot list directory: " + e.getMessage(), e);
        }
        return new ArrayList<>(result);
    }

    private static boolean isArticle(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return ARTICLE_EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    /** Language tags are checked up front: a typo must not silently become a new language. */
    static List<String> languages(String value) throws MojoExecutionException {
        List<String> result = new ArrayList<>();
        for (String tag : value.split(",")) {
            String t = tag.trim();
            if (t.isEmpty()) {
                continue;
            }
            if (!Languages.isTag(t)) {
                throw new MojoExecutionException("targets: '" + t + "' is not a language tag (e.g. en, en-GB, vi)");
            }
            result.add(t);
        }
        if (result.isEmpty()) {
            throw new MojoExecutionException("targets: name at least one target language, e.g. en,vi");
        }
        return result;
    }
}
