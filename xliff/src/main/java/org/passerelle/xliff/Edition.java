package org.passerelle.xliff;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.passerelle.core.AtomicFile;
import org.passerelle.core.InputException;

/**
 * One publication of a batch of translated XLIFF files, as a site: each article in every format
 * at {@code <lang>/<article>.<ext>}, and with HTML the original in its own language
 * ({@code fr/<article>.html}, from the XLIFF's source), the stylesheet, an index per language
 * and one for all ({@code index.html}), and {@code refused.html} listing what was held back and
 * why. Every page names all the language versions of its article that this edition publishes
 * (hreflang, JSON-LD), so the files of one article are published together. Files are read
 * when added, so bad input stops the edition before anything is written; each file is written
 * atomically.
 */
public final class Edition {

    static final String REFUSED_PAGE = "refused.html";

    /** A file held back, and why. */
    public record Refusal(String file, String language, String reason) {
    }

    /** What {@link #write} wrote: per XLIFF file its articles, the site's own pages, and notes for the user. */
    public record Written(Map<Path, List<Path>> articles, List<Path> site, List<String> notes) {
    }

    record Entry(Path xliff, TranslatedArticle translation, TranslatedArticle original) {
    }

    private final PublishOptions options;
    private final boolean indexes;
    private final SiteTemplates templates;
    private final SiteLinks links;
    private final ArticleReader reader = new ArticleReader();
    private final List<Entry> entries = new ArrayList<>();
    private final List<Refusal> refusals = new ArrayList<>();

    /**
     * @throws InputException           when the template folder is missing or a template does not compile
     * @throws IllegalArgumentException when the base URL is not an absolute http(s) URL
     */
    public Edition(PublishOptions options) throws InputException {
        this(options, true);
    }

    Edition(PublishOptions options, boolean indexes) throws InputException {
        this.options = options;
        this.indexes = indexes;
        this.templates = options.templates() == null ? SiteTemplates.defaults() : SiteTemplates.from(options.templates());
        this.links = SiteLinks.under(options.baseUrl());
    }

    /** Reads a translated file into the edition; nothing is written yet. */
    public void add(Path xliff) throws InputException, UntranslatedException {
        ArticleReader.Versions v = reader.read(xliff, options.allowUntranslated());
        entries.add(new Entry(xliff, v.translation(), v.original()));
    }

    /** Lists a file the gate held back in the refused report. */
    public void refuse(Path xliff, String language, String reason) {
        refusals.add(new Refusal(xliff.toString(), language, reason.replaceAll("\\s+", " ").strip()));
    }

    public Written write() throws IOException {
        SiteOutput out = new SiteOutput(options.outDir());
        Map<Path, List<Path>> articles = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        ArticleFiles files = new ArticleFiles(templates, links, entries);
        for (Entry e : entries) {
            articles.put(e.xliff(), files.write(e.translation(), options.formats(), out));
            if (e.translation().headline().fromLead()) {
                notes.add(e.xliff() + ": the article has no title block; its headline is the lead's first sentence");
            }
        }
        List<Path> site = new ArrayList<>();
        if (options.sitePages()) {
            for (TranslatedArticle original : files.originals()) {
                site.add(files.writePage(original, out));
            }
            site.add(out.write(SiteTemplates.STYLESHEET, o -> o.write(templates.stylesheet())));
            if (indexes) {
                site.addAll(new IndexPages(templates, links, entries, refusals).write(out));
            }
        }
        return new Written(articles, site, notes);
    }

    /** The site folder: every path stays inside it. */
    static final class SiteOutput {
        private final Path root;

        SiteOutput(Path root) {
            this.root = root;
        }

        /** @return the file as under the folder given ("out/publish/en/000.html") */
        Path write(String relative, AtomicFile.Content content) throws IOException {
            Path absolute = root.toAbsolutePath().normalize();
            Path target = absolute.resolve(relative).normalize();
            // ArticleReader lets only language tags through; this keeps it so for every path.
            if (!target.startsWith(absolute) || target.equals(absolute)) {
                throw new IllegalStateException(relative + " is outside " + root);
            }
            AtomicFile.write(target, content);
            return root.resolve(relative);
        }
    }
}
