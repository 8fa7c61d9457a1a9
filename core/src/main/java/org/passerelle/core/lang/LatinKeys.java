package org.passerelle.core.lang;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Keys for languages in Latin script: case-insensitive, by lemma when the language has a
 * lemmatiser, and without accents, since French drops them on capitals ("Etat-major" for
 * "État-major"). Without a lemmatiser (the neutral fallback) terms match uninflected only.
 */
public final class LatinKeys implements TermKeys {
    /** Case- and accent-insensitive keys without lemmas. */
    public static final LatinKeys PLAIN = new LatinKeys(Optional::empty);

    private static final Pattern MARKS = Pattern.compile("[\\p{Mn}\\p{Cf}]+");

    private final Supplier<Optional<Lemmatizer>> lemmatizerSource;
    private final SpellingVariants spellings;
    private volatile Lemmatizer lemmatizer;
    private volatile boolean lemmatizerLooked;

    /** @param lemmatizer asked once, on first use, because creating a dictionary takes seconds */
    public LatinKeys(Supplier<Optional<Lemmatizer>> lemmatizer) {
        this(lemmatizer, SpellingVariants.NONE);
    }

    /** @param spellings words spelt two ways by region, one key for both ("defence", "defense") */
    public LatinKeys(Supplier<Optional<Lemmatizer>> lemmatizer, SpellingVariants spellings) {
        this.lemmatizerSource = lemmatizer;
        this.spellings = spellings;
    }

    private Lemmatizer lemmatizer() {
        if (!lemmatizerLooked) {
            synchronized (this) {
                if (!lemmatizerLooked) {
                    lemmatizer = lemmatizerSource.get().orElse(null);
                    lemmatizerLooked = true;
                }
            }
        }
        return lemmatizer;
    }

    @Override
    public String termKey(String token, boolean exactCase) {
        if (exactCase || TermKeys.isAcronym(token)) {
            return EXACT + token;
        }
        String lower = token.toLowerCase(Locale.ROOT);
        Lemmatizer lemmas = lemmatizer();
        String lemma = lemmas == null || !hasLetter(lower) ? null : lemmas.lemmas(lower).noun();
        return spellings.common(fold(lemma == null ? lower : lemma));
    }

    @Override
    public List<String> textKeys(String token) {
        List<String> keys = new ArrayList<>(4);
        keys.add(EXACT + token);
        String lower = token.toLowerCase(Locale.ROOT);
        addKey(keys, fold(lower));
        Lemmatizer lemmas = lemmatizer();
        if (lemmas != null && hasLetter(lower)) {
            // The token's own preferred lemma matches a term token of the same word ("United" of
            // "United Nations" has verb readings only); other lemmas only by a noun or adjective
            // reading, so that an inflected verb is not taken for a term's noun.
            Lemmatizer.Lemmas of = lemmas.lemmas(lower);
            if (of.noun() != null) {
                addKey(keys, fold(of.noun()));
            }
            for (String lemma : of.nominal()) {
                addKey(keys, fold(lemma));
            }
        }
        return List.copyOf(keys);
    }

    private void addKey(List<String> keys, String folded) {
        String key = spellings.common(folded);
        if (!keys.contains(key)) {
            keys.add(key);
        }
    }

    private static boolean hasLetter(String s) {
        return s.codePoints().anyMatch(Character::isLetter);
    }

    /** Lower case without diacritics: "État" → "etat". */
    public static String fold(String s) {
        return MARKS.matcher(Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)).replaceAll("");
    }
}
