package org.passerelle.extract;

import org.passerelle.core.InputException;

import org.passerelle.core.BlockRole;

import org.passerelle.core.Block;

import org.passerelle.core.Article;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.passerelle.extract.blocks.ArticleMetadata;
import org.passerelle.extract.blocks.BlockClassifier;
import org.passerelle.extract.blocks.BoilerplateRules;
import org.passerelle.extract.blocks.LanguageGuess;
import org.passerelle.extract.blocks.LanguageGuesser;
import org.passerelle.extract.blocks.ParsedDocument;
import org.passerelle.extract.blocks.TikaDocumentReader;
import org.passerelle.extract.blocks.Whitespace;

/**
 * Turns a document (txt, html, docx, odt, pdf, rtf ...) into an {@link Article} with Apache Tika:
 * format detected from content, language detected, blocks classified, boilerplate marked.
 * Create once and reuse: it holds Tika's parser and language detector. Thread-safe.
 */
public final class ArticleExtractor {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ArticleExtractor.class);
    private final String expectedLanguage;
    private final boolean trustDeclared;
    private final BoilerplateRules rules;
    private final ExtractionLimits limits;
    private final TikaDocumentReader reader;
    private final BlockClassifier classifier;
    private final LanguageGuesser languages;

    /**
     * @param expectedLanguage the declared source language ("fr"); a document detected in another
     *                         language is refused. {@code null} accepts any language.
     */
    public ArticleExtractor(String expectedLanguage) {
        this(expectedLanguage, false, BoilerplateRules.bundled(), ExtractionLimits.DEFAULT);
    }

    private ArticleExtractor(String expectedLanguage, boolean trustDeclared, BoilerplateRules rules,
                             ExtractionLimits limits) {
        this.expectedLanguage = expectedLanguage == null ? null : expectedLanguage.toLowerCase(Locale.ROOT);
        this.trustDeclared = trustDeclared && expectedLanguage != null;
        this.rules = rules;
        this.limits = limits;
        this.reader = new TikaDocumentReader(limits, rules.of(org.passerelle.extract.blocks.Rule.Action.HTML)
                .stream().map(org.passerelle.extract.blocks.Rule::pattern).toList());
        this.classifier = new BlockClassifier(rules);
        this.languages = LanguageGuesser.shared();
    }

    /** An extractor that also applies the rules in {@code rulesFile} (after the bundled ones). */
    public ArticleExtractor withRules(Path rulesFile) throws InputException {
        return new ArticleExtractor(expectedLanguage, trustDeclared, rules.plus(rulesFile), limits);
    }

    public ArticleExtractor withLimits(ExtractionLimits newLimits) {
        return new ArticleExtractor(expectedLanguage, trustDeclared, rules, newLimits);
    }

    /**
     * The user told the language explicitly ({@code --lang}): no refusal, the article and its
     * short blocks take {@code language}; long blocks still get their detected language.
     */
    public ArticleExtractor withDeclaredLanguage(String language) {
        return new ArticleExtractor(language, true, rules, limits);
    }

    public Article extract(Path file) throws InputException {
        ParsedDocument doc = reader.read(file);
        rejectBinary(file, doc.text());
        List<BlockClassifier.Classified> classified = classifier.classify(doc.blocks());
        StringBuilder articleText = new StringBuilder();
        for (BlockClassifier.Classified c : classified) {
            if (c.role().translatable() && c.role() != BlockRole.CREDIT && c.role() != BlockRole.DATELINE) {
                articleText.append(Whitespace.normalise(c.raw().raw())).append('\n');
            }
        }
        if (articleText.codePoints().noneMatch(Character::isLetter)) {
            throw new InputException(file, "no article text found (" + doc.mediaType() + ")");
        }
        String language = articleLanguage(file, languages.guess(articleText));
        List<Block> blocks = new ArrayList<>(classified.size());
        for (BlockClassifier.Classified c : classified) {
            String text = Whitespace.normalise(c.raw().raw());
            // Boilerplate is never translated: detecting its language would only cost time
            // (a third of the work on a page with a long teaser list).
            LanguageGuess g = c.role().translatable() ? languages.guess(text) : LanguageGuess.UNKNOWN;
            String lang = g.certain() ? g.language() : language;
            blocks.add(new Block(c.role(), text, lang, c.raw().start(), c.raw().end()));
        }
        Article article = new Article(idOf(file), file, doc.mediaType(), language,
                ArticleMetadata.of(blocks, doc.metadata(), doc.mediaType(), doc.images()), blocks);
        LOG.debug("{}: {} {}, {} blocks ({} to translate)", file, doc.mediaType(), language, blocks.size(),
                article.translatableBlocks().size());
        return article;
    }

    private String articleLanguage(Path file, LanguageGuess guess) throws InputException {
        if (trustDeclared) {
            return expectedLanguage;
        }
        if (expectedLanguage == null) {
            return guess.language() == null ? "und" : guess.language();
        }
        if (guess.certain() && !expectedLanguage.equals(guess.language())) {
            throw new InputException(file, "detected " + guess.describe() + ", expected "
                    + LanguageGuess.displayName(expectedLanguage) + "; pass --lang to override");
        }
        return expectedLanguage;
    }

    // Tika reads unknown bytes as text when nothing else fits (random bytes come out as "UTF-16"):
    // unassigned, private-use, control and replacement characters in quantity, or letters scattered
    // over many scripts, mean the bytes were never text. A real article, even Japanese, keeps
    // nearly all its letters in three scripts.
    private static void rejectBinary(Path file, String text) throws InputException {
        int bad = 0;
        int letters = 0;
        java.util.Map<Character.UnicodeScript, Integer> scripts = new java.util.EnumMap<>(Character.UnicodeScript.class);
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (c == 0xFFFD || type == Character.UNASSIGNED || type == Character.PRIVATE_USE || type == Character.SURROGATE
                    || (type == Character.CONTROL && c != '\n' && c != '\r' && c != '\t' && c != '\f')) {
                bad++;
            } else if (Character.isLetter(c)) {
                letters++;
                scripts.merge(Character.UnicodeScript.of(c), 1, Integer::sum);
            }
        }
        int top3 = scripts.values().stream().sorted(java.util.Comparator.reverseOrder()).limit(3).mapToInt(Integer::intValue).sum();
        if (bad * 20 > text.length() || (letters >= 100 && top3 * 10 < letters * 9)) {
            throw new InputException(file, "binary data, not text (" + bad + " invalid characters, letters from "
                    + scripts.size() + " scripts)");
        }
    }

    static String idOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
