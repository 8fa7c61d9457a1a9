/**
 * Sentence segmentation, XLIFF for CAT tools, safe re-preparation, and publishing.
 *
 * <ul>
 *   <li>{@link org.passerelle.xliff.SentenceSegmenter}: Okapi SRX with the project's rules
 *       ({@code passerelle.srx}), shared per language, thread-safe.</li>
 *   <li>{@link org.passerelle.xliff.XliffPreparer}: article → {@code <article>.<lang>.xlf} (XLIFF 1.2 with
 *       Okapi's XLIFFWriter, or 2.1 with lib-xliff2), termbase hits as notes / {@code gls:glossary},
 *       a termbase extract {@code <article>.<lang>.tbx}; re-preparing keeps translations.</li>
 *   <li>{@link org.passerelle.xliff.XliffReader}: any XLIFF 1.2/2.x, streamed unit by unit as
 *       {@link org.passerelle.xliff.TranslationUnit}s, after a secure pre-scan (no DOCTYPE).</li>
 *   <li>{@link org.passerelle.xliff.ArticlePublisher}: translated XLIFF → HTML, Markdown, text, DOCX.</li>
 *   <li>{@link org.passerelle.xliff.PseudoTranslator}: pseudo-translation in place, for round-trip tests.</li>
 * </ul>
 */
package org.passerelle.xliff;
