package org.passerelle.xliff;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.Range;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.lib.segmentation.SRXDocument;

/**
 * Splits a paragraph into sentences with Okapi's SRX engine and the project's rules
 * ({@code passerelle.srx}: French news copy, English, Vietnamese). Thread-safe.
 *
 * <p>The rules file is parsed once per JVM and the compiled rules of a language once per thread:
 * Okapi's {@code SRXSegmenter} keeps the result of the last call in fields, so it cannot be shared
 * between threads, but compiling a handful of patterns is cheap next to parsing the SRX document.
 */
public final class SentenceSegmenter {

    static final String RULES = "passerelle.srx";

    private static final Map<String, SentenceSegmenter> BY_LANGUAGE = new ConcurrentHashMap<>();

    private final LocaleId locale;
    private final ThreadLocal<ISegmenter> segmenter;

    private SentenceSegmenter(LocaleId locale) {
        this.locale = locale;
        this.segmenter = ThreadLocal.withInitial(() -> Rules.compile(locale));
    }

    /**
     * The segmenter for a BCP 47 language tag ("fr", "fr-FR", "en-GB", "vi"). Languages without
     * rules of their own get the common rules (sentence-final punctuation, initials, parentheses).
     */
    public static SentenceSegmenter forLanguage(String language) {
        if (language == null || language.isBlank()) {
            throw new IllegalArgumentException("no language given for segmentation");
        }
        LocaleId locale = LocaleId.fromBCP47(language.trim());
        return BY_LANGUAGE.computeIfAbsent(locale.toBCP47(), k -> new SentenceSegmenter(locale));
    }

    public LocaleId locale() {
        return locale;
    }

    /** The sentences of {@code paragraph}, in order; whitespace between sentences is dropped. */
    public List<String> split(String paragraph) {
        List<String> sentences = new ArrayList<>();
        for (int[] span : spans(paragraph)) {
            sentences.add(paragraph.substring(span[0], span[1]));
        }
        return sentences;
    }

    /** Start (inclusive) and end (exclusive) of each sentence, trimmed of surrounding whitespace. */
    public List<int[]> spans(String paragraph) {
        List<int[]> spans = new ArrayList<>();
        if (paragraph.isBlank()) {
            return spans;
        }
        ISegmenter srx = segmenter.get();
        srx.computeSegments(paragraph);
        List<Range> ranges = srx.getRanges();
        if (ranges == null || ranges.isEmpty()) {
            ranges = List.of(new Range(0, paragraph.length()));
        }
        for (Range r : ranges) {
            int start = r.start;
            int end = Math.min(r.end, paragraph.length());
            while (start < end && isSpace(paragraph.charAt(start))) {
                start++;
            }
            while (end > start && isSpace(paragraph.charAt(end - 1))) {
                end--;
            }
            if (end > start) {
                spans.add(new int[] {start, end});
            }
        }
        return spans;
    }

    /** Segments an Okapi container in place (its coded text may hold inline codes). */
    void segment(TextContainer container) {
        ISegmenter srx = segmenter.get();
        srx.computeSegments(container);
        container.getSegments().create(srx.getRanges());
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** The parsed rules document, loaded on first use; parsing (DOM + XPath) is the expensive part. */
    private static final class Rules {
        private static final SRXDocument DOCUMENT = load();

        private static SRXDocument load() {
            try (InputStream in = SentenceSegmenter.class.getResourceAsStream(RULES)) {
                if (in == null) {
                    throw new IllegalStateException(RULES + " is missing from the classpath");
                }
                SRXDocument doc = new SRXDocument();
                doc.loadRules(in);
                return doc;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static ISegmenter compile(LocaleId locale) {
            synchronized (DOCUMENT) {
                return DOCUMENT.compileLanguageRules(locale, null);
            }
        }
    }
}
