package org.passerelle.glossary.match;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * French, English and other languages in Latin script: case-insensitive, by lemma when
 * LanguageTool has a dictionary for the language, and without accents, since French drops them
 * on capitals ("Etat-major" for "État-major").
 */
final class LatinKeys implements TokenKeys {
    private static final Pattern MARKS = Pattern.compile("[\\p{Mn}\\p{Cf}]+");
    private static final Map<String, LatinKeys> SHARED = new ConcurrentHashMap<>();

    private final String language;
    private volatile Lemmatizer lemmatizer;
    private volatile boolean lemmatizerLooked;

    private LatinKeys(String language) {
        this.language = language;
    }

    static LatinKeys forLanguage(String primary) {
        return SHARED.computeIfAbsent(primary == null ? "" : primary, LatinKeys::new);
    }

    private Lemmatizer lemmatizer() {
        if (!lemmatizerLooked) {
            synchronized (this) {
                if (!lemmatizerLooked) {
                    lemmatizer = Lemmatizer.forLanguage(language).orElse(null);
                    lemmatizerLooked = true;
                }
            }
        }
        return lemmatizer;
    }

    @Override
    public String termKey(String token, boolean exactCase) {
        if (exactCase || TokenKeys.isAcronym(token)) {
            return EXACT + token;
        }
        String lower = token.toLowerCase(Locale.ROOT);
        Lemmatizer lemmas = lemmatizer();
        String lemma = lemmas == null || !hasLetter(lower) ? null : lemmas.lemmas(lower).noun();
        return fold(lemma == null ? lower : lemma);
    }

    @Override
    public List<String> textKeys(String token) {
        List<String> keys = new ArrayList<>(4);
        keys.add(EXACT + token);
        String lower = token.toLowerCase(Locale.ROOT);
        addKey(keys, fold(lower));
        Lemmatizer lemmas = lemmatizer();
        if (lemmas != null && hasLetter(lower)) {
            for (String lemma : lemmas.lemmas(lower).all()) {
                addKey(keys, fold(lemma));
            }
        }
        return List.copyOf(keys);
    }

    private static void addKey(List<String> keys, String key) {
        if (!keys.contains(key)) {
            keys.add(key);
        }
    }

    private static boolean hasLetter(String s) {
        return s.codePoints().anyMatch(Character::isLetter);
    }

    static String fold(String s) {
        return MARKS.matcher(Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)).replaceAll("");
    }
}
