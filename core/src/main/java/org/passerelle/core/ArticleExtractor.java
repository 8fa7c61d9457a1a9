package org.passerelle.core;

import java.nio.file.Path;

/**
 * Turns a document (txt, html, docx, odt, pdf, rtf ...) into an {@link Article} with Apache Tika:
 * format detected from content, language detected, blocks classified, boilerplate marked.
 * Create once and reuse: it holds Tika's parser and language detector.
 */
public final class ArticleExtractor {

    /**
     * @param expectedLanguage the declared source language ("fr"); a document detected in another
     *                         language is refused. {@code null} accepts any language.
     */
    public ArticleExtractor(String expectedLanguage) {
    }

    public Article extract(Path file) throws InputException {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
