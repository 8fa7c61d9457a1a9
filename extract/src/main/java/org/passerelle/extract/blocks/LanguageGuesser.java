package org.passerelle.extract.blocks;

import java.util.List;
import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;
import org.apache.tika.language.detect.LanguageDetector;
import org.apache.tika.language.detect.LanguageResult;

/**
 * Tika's Optimaize language detector, loaded once per JVM (loading its ~70 profiles costs far more
 * than detecting) and shared; the detector keeps state between addText and detect, so calls are
 * serialised.
 */
public final class LanguageGuesser {
    /** Below this many letters n-gram statistics are noise; such blocks take the article's language. */
    public static final int MIN_LETTERS = 40;

    private static volatile LanguageGuesser shared;

    private final LanguageDetector detector;

    private LanguageGuesser() {
        detector = new OptimaizeLangDetector().loadModels();
    }

    public static LanguageGuesser shared() {
        LanguageGuesser g = shared;
        if (g == null) {
            synchronized (LanguageGuesser.class) {
                g = shared;
                if (g == null) {
                    g = new LanguageGuesser();
                    shared = g;
                }
            }
        }
        return g;
    }

    /** The likeliest language of {@code text}, or {@link LanguageGuess#UNKNOWN} when too short to tell. */
    public LanguageGuess guess(CharSequence text) {
        if (letters(text) < MIN_LETTERS) {
            return LanguageGuess.UNKNOWN;
        }
        List<LanguageResult> results;
        synchronized (detector) {
            detector.reset();
            detector.addText(text);
            results = detector.detectAll();
        }
        if (results.isEmpty() || results.get(0).isUnknown()) {
            return LanguageGuess.UNKNOWN;
        }
        LanguageResult best = results.get(0);
        return new LanguageGuess(primary(best.getLanguage()), best.getRawScore(), best.isReasonablyCertain());
    }

    private static String primary(String tag) {
        int dash = tag.indexOf('-');
        return dash < 0 ? tag : tag.substring(0, dash);
    }

    private static int letters(CharSequence text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
