package org.passerelle.glossary.match;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.Language;
import org.languagetool.tagging.Tagger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lemmas of a word from LanguageTool's morphological dictionary ("partenariats" → "partenariat",
 * "intégraux" → "intégral", "partnerships" → "partnership"). One per language per JVM, created on
 * first use; lookups are cached because a text repeats its words.
 */
public final class Lemmatizer {
    private static final Logger LOG = LoggerFactory.getLogger(Lemmatizer.class);
    private static final Map<String, Optional<Lemmatizer>> SHARED = new ConcurrentHashMap<>();
    /** Enough for the vocabulary of a large batch of articles; cleared rather than grown past it. */
    private static final int CACHE_LIMIT = 200_000;

    /** The lemmas of one word, the noun or adjective reading first. */
    public record Lemmas(String noun, List<String> all) {
    }

    private final Tagger tagger;
    private final Map<String, Lemmas> cache = new ConcurrentHashMap<>();

    private Lemmatizer(Tagger tagger) {
        this.tagger = tagger;
    }

    /** The shared lemmatizer for a primary language tag, when LanguageTool has a tagger for it. */
    public static Optional<Lemmatizer> forLanguage(String primaryLanguage) {
        return SHARED.computeIfAbsent(primaryLanguage, Lemmatizer::create);
    }

    private static Optional<Lemmatizer> create(String lang) {
        if (!"fr".equals(lang) && !"en".equals(lang)) {
            return Optional.empty();
        }
        try {
            long start = System.nanoTime();
            Language language = org.languagetool.Languages.getLanguageForShortCode(lang);
            Tagger tagger = language.getTagger();
            tagger.tag(List.of("test"));
            LOG.debug("LanguageTool {} tagger ready in {} ms", lang, (System.nanoTime() - start) / 1_000_000);
            return Optional.of(new Lemmatizer(tagger));
        } catch (IOException | RuntimeException e) {
            LOG.warn("no LanguageTool tagger for {}: terms will match uninflected only ({})", lang, e.toString());
            return Optional.empty();
        }
    }

    /** Lemmas of a lower-case word; empty when the dictionary does not know it. */
    public Lemmas lemmas(String word) {
        Lemmas cached = cache.get(word);
        if (cached != null) {
            return cached;
        }
        Lemmas computed = compute(word);
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(word, computed);
        return computed;
    }

    private Lemmas compute(String word) {
        List<AnalyzedTokenReadings> readings;
        try {
            readings = tagger.tag(List.of(word));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Set<String> all = new LinkedHashSet<>();
        String noun = null;
        String adjective = null;
        for (AnalyzedTokenReadings r : readings) {
            for (AnalyzedToken token : r.getReadings()) {
                String lemma = token.getLemma();
                String pos = token.getPOSTag();
                if (lemma == null || lemma.isEmpty()) {
                    continue;
                }
                all.add(lemma);
                if (pos != null && pos.startsWith("N") && noun == null) {
                    noun = lemma;
                } else if (pos != null && pos.startsWith("J") && adjective == null) {
                    adjective = lemma;
                }
            }
        }
        String preferred = noun != null ? noun : adjective != null ? adjective
                : all.stream().sorted().findFirst().orElse(null);
        return new Lemmas(preferred, new ArrayList<>(all));
    }
}
