package org.passerelle.lang.languagetool;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.languagetool.Languages;
import org.languagetool.tagging.Tagger;
import org.passerelle.core.lang.Lemmatizer;
import org.passerelle.core.lang.Lexicon;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lemmas of a word from LanguageTool's morphological dictionary ("partenariats" → "partenariat",
 * "intégraux" → "intégral", "partnerships" → "partnership"), and so whether the dictionary knows
 * the word at all. Lookups are cached because a text repeats its words.
 */
public final class TaggerLemmatizer implements Lemmatizer, Lexicon {
    private static final Logger LOG = LoggerFactory.getLogger(TaggerLemmatizer.class);
    /** Enough for the vocabulary of a large batch of articles; cleared rather than grown past it. */
    private static final int CACHE_LIMIT = 200_000;

    private final Tagger tagger;
    private final String properNounTag;
    private final Map<String, Lemmas> cache = new ConcurrentHashMap<>();
    private final Map<String, Boolean> names = new ConcurrentHashMap<>();

    private TaggerLemmatizer(Tagger tagger, String properNounTag) {
        this.tagger = tagger;
        this.properNounTag = properNounTag;
    }

    /**
     * A lemmatiser on the tagger of a LanguageTool language ("fr", "en"); empty, with a warning,
     * when LanguageTool has no tagger for it, so terms then match uninflected only.
     */
    public static Optional<TaggerLemmatizer> create(String languageToolCode) {
        return create(languageToolCode, "");
    }

    /**
     * The same, knowing proper nouns by the tagger's part-of-speech tag for them ("NNP" in English),
     * so that {@link #knowsName} can tell "Martin" (a name) from "chine" (a word).
     */
    public static Optional<TaggerLemmatizer> create(String languageToolCode, String properNounTag) {
        try {
            long start = System.nanoTime();
            Language language = Languages.getLanguageForShortCode(languageToolCode);
            Tagger tagger = language.getTagger();
            tagger.tag(List.of("test"));
            LOG.debug("LanguageTool {} tagger ready in {} ms", languageToolCode, (System.nanoTime() - start) / 1_000_000);
            return Optional.of(new TaggerLemmatizer(tagger, properNounTag));
        } catch (IOException | RuntimeException e) {
            LOG.warn("no LanguageTool tagger for {}: terms will match uninflected only ({})", languageToolCode, e.toString());
            return Optional.empty();
        }
    }

    @Override
    public boolean knows(String word) {
        return !lemmas(word).all().isEmpty();
    }

    /** True when the dictionary has {@code word}, capitalised as given, as a proper noun; false without a tag for them. */
    @Override
    public boolean knowsName(String word) {
        if (properNounTag.isEmpty()) {
            return false;
        }
        Boolean cached = names.get(word);
        if (cached != null) {
            return cached;
        }
        boolean name;
        try {
            name = tagger.tag(List.of(word)).stream().flatMap(r -> r.getReadings().stream())
                    .anyMatch(t -> t.getPOSTag() != null && t.getPOSTag().startsWith(properNounTag)
                            && word.equals(t.getToken()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (names.size() >= CACHE_LIMIT) {
            names.clear();
        }
        names.put(word, name);
        return name;
    }

    @Override
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
            throw new UncheckedIOException(e);
        }
        Set<String> all = new LinkedHashSet<>();
        Set<String> nominal = new LinkedHashSet<>();
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
                if (pos != null && (pos.startsWith("N") || pos.startsWith("J"))) {
                    nominal.add(lemma);
                }
                if (pos != null && pos.startsWith("N") && noun == null) {
                    noun = lemma;
                } else if (pos != null && pos.startsWith("J") && adjective == null) {
                    adjective = lemma;
                }
            }
        }
        String preferred = noun != null ? noun : adjective != null ? adjective
                : all.stream().sorted().findFirst().orElse(null);
        return new Lemmas(preferred, new ArrayList<>(all), new ArrayList<>(nominal));
    }
}
