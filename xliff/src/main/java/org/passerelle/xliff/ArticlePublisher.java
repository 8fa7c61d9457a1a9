package org.passerelle.xliff;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.passerelle.core.AtomicFile;
import org.passerelle.core.InputException;
import org.passerelle.core.Languages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the translated article from a translated XLIFF file: HTML, Markdown, plain text, DOCX,
 * in the order and structure of the original (block roles come from restype/type).
 *
 * <p>A unit stops publishing when a segment has no (or a blank) target, or when its
 * {@link TranslationState} is below {@link TranslationState#TRANSLATED} (not translated, a draft,
 * a translation to review; the same test QA's target.empty and target.review make). With
 * {@code allowUntranslated} such units are published in the source language instead. Units
 * marked translate="no" are published as their source. Stateless and thread-safe.
 */
public final class ArticlePublisher {

    private static final Logger LOG = LoggerFactory.getLogger(ArticlePublisher.class);
    private final XliffReader reader = new XliffReader();

    /**
     * Writes {@code outDir/<lang>/<article>.<ext>} for each format, atomically.
     *
     * @return the files written
     * @throws UntranslatedException when units lack a translation and untranslated units are not allowed
     */
    public List<Path> publish(Path xliff, Path outDir, Set<PublishFormat> formats, boolean allowUntranslated)
            throws IOException, InputException, UntranslatedException {
        List<TranslationUnit> units = new ArrayList<>();
        reader.read(xliff, xliff.toString(), units::add);
        if (units.isEmpty()) {
            throw new InputException(xliff, "no translation units: nothing to publish");
        }
        String language = units.get(0).targetLanguage();
        if (language == null || language.isBlank()) {
            throw new InputException(xliff, "the file declares no target language");
        }
        List<String> untranslated = units.stream().filter(u -> u.translatable() && !isTranslated(u))
                .map(TranslationUnit::id).toList();
        if (!untranslated.isEmpty()) {
            if (!allowUntranslated) {
                throw new UntranslatedException(xliff.toString(), untranslated);
            }
            LOG.warn("{}: {} untranslated unit(s) published in the source language", xliff, untranslated.size());
        }
        List<TranslatedArticle.Paragraph> paragraphs = new ArrayList<>();
        for (TranslationUnit u : units) {
            String text = u.translatable() && isTranslated(u) ? u.targetText() : u.sourceText();
            paragraphs.add(new TranslatedArticle.Paragraph(u.role(), text.strip()));
        }
        String primary = Languages.primary(language);
        TranslatedArticle article = new TranslatedArticle(articleId(xliff, language), language, paragraphs);
        List<Path> written = new ArrayList<>();
        for (PublishFormat format : new TreeSet<>(formats)) {
            Path target = outDir.resolve(primary).resolve(article.id() + "." + format.extension());
            AtomicFile.write(target, out -> {
                switch (format) {
                    case HTML -> HtmlArticleWriter.write(article, out);
                    case MD -> MarkdownArticleWriter.write(article, out);
                    case TXT -> PlainTextArticleWriter.write(article, out);
                    case DOCX -> DocxArticleWriter.write(article, out);
                    default -> throw new IllegalStateException(format.name());
                }
            });
            written.add(target);
        }
        return written;
    }

    static boolean isTranslated(TranslationUnit u) {
        return u.isTranslated();
    }

    /** "001_x.en.xlf" → "001_x": the file name without ".xlf" and without a language suffix. */
    static String articleId(Path xliff, String language) {
        String name = xliff.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".xlf") || name.toLowerCase(Locale.ROOT).endsWith(".xliff")) {
            name = name.substring(0, name.lastIndexOf('.'));
        }
        int dot = name.lastIndexOf('.');
        if (dot > 0 && Languages.sameLanguage(name.substring(dot + 1), language)) {
            name = name.substring(0, dot);
        }
        return name;
    }
}
