package org.passerelle.xliff;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.passerelle.core.InputException;
import org.passerelle.core.Languages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a translated XLIFF file into the article in its target language and the original it was
 * translated from. A unit stops publishing when a segment has no (or a blank) target, or when its
 * {@link TranslationState} is below {@link TranslationState#TRANSLATED} (the same test QA's
 * target.empty and target.review make); with {@code allowUntranslated} such units stand in the
 * source language, marked as such. Units marked translate="no" are published as their source.
 *
 * <p>The languages become folder names, so each must be a language tag ({@link Languages#isTag}):
 * a {@code target-language} of {@code ../../etc} or {@code /tmp/x} is bad input, never a path.
 */
final class ArticleReader {

    private static final Logger LOG = LoggerFactory.getLogger(ArticleReader.class);
    private final XliffReader reader = new XliffReader();

    /** The two versions an XLIFF file gives: the translation and the original. */
    record Versions(TranslatedArticle translation, TranslatedArticle original) {
    }

    Versions read(Path xliff, boolean allowUntranslated) throws InputException, UntranslatedException {
        List<TranslationUnit> units = new ArrayList<>();
        reader.read(xliff, xliff.toString(), units::add);
        if (units.isEmpty()) {
            throw new InputException(xliff, "no translation units: nothing to publish");
        }
        String language = units.get(0).targetLanguage();
        if (language == null || language.isBlank()) {
            throw new InputException(xliff, "the file declares no target language");
        }
        requireTag(xliff, language, "target-language", "trgLang");
        requireTag(xliff, units.get(0).sourceLanguage(), "source-language", "srcLang");
        List<String> untranslated = units.stream().filter(u -> u.translatable() && !u.isTranslated())
                .map(TranslationUnit::id).toList();
        if (!untranslated.isEmpty()) {
            if (!allowUntranslated) {
                throw new UntranslatedException(xliff.toString(), untranslated);
            }
            LOG.warn("{}: {} untranslated unit(s) published in the source language", xliff, untranslated.size());
        }
        OriginalArticle about = OriginalArticleNotes.read(xliff);
        String id = articleId(xliff, language);
        return new Versions(ArticleComposer.translation(id, units, about), ArticleComposer.original(id, units, about));
    }

    private static void requireTag(Path xliff, String tag, String... attributes) throws InputException {
        if (tag == null || Languages.isTag(tag)) {
            return;
        }
        int[] at = position(xliff, attributes);
        throw new InputException(xliff, at[0], at[1], attributes[0] + " '" + tag + "' is not a language tag"
                + " (publish names its output folders after the language, so only tags such as en-GB are accepted)");
    }

    /** Line and column (1-based) of the first of the attributes, or 0, 0. */
    private static int[] position(Path xliff, String... attributes) {
        try (BufferedReader in = Files.newBufferedReader(xliff, StandardCharsets.UTF_8)) {
            String line;
            for (int n = 1; (line = in.readLine()) != null; n++) {
                for (String a : attributes) {
                    int col = line.indexOf(a + "=");
                    if (col >= 0) {
                        return new int[] {n, col + 1};
                    }
                }
            }
        } catch (IOException e) {
            // The file was read once already; without a position the message still names it.
        }
        return new int[] {0, 0};
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
