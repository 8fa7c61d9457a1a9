package org.passerelle.qa.checks;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;
import org.passerelle.xliff.TranslationUnit;

/** Where a segment text occurs in the run, for the consistency checks. */
record Occurrence(TranslationUnit unit, String segment, String source, String target) {
    static final Comparator<Occurrence> ORDER = Comparator.<Occurrence, String>comparing(o -> o.unit().file())
            .thenComparing(o -> o.unit().id()).thenComparing(Occurrence::segment);

    String where() {
        return unit.file() + ":" + unit.id();
    }

    /** Case, spacing and Unicode form do not make two texts different. */
    static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    static boolean hasLetters(String text) {
        return text.codePoints().anyMatch(Character::isLetter);
    }
}
