package org.passerelle.qa.vi;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a word as the keys of the Telex input method, for when the keyboard did not compose them:
 * "Quoocs" typed for "Quốc", "phongf" for "phòng". Vowel marks are typed by doubling or a "w"
 * (aa â, aw ă, ee ê, oo ô, ow ơ, uw ư, dd đ) and the tone by a final letter (s sắc, f huyền,
 * r hỏi, x ngã, j nặng).
 */
public final class Telex {
    /** Key sequences and the letters they compose, longest first ("uow" before "ow"). */
    private static final List<String[]> MARKS = List.of(new String[] {"uwow", "ươ"}, new String[] {"uow", "ươ"},
            new String[] {"dd", "đ"}, new String[] {"aa", "â"}, new String[] {"aw", "ă"}, new String[] {"ee", "ê"},
            new String[] {"oo", "ô"}, new String[] {"ow", "ơ"}, new String[] {"uw", "ư"});
    private static final String TONE_KEYS = "sfrxj";
    private static final char[] TONES = {ViLetters.ACUTE, ViLetters.GRAVE, ViLetters.HOOK, ViLetters.TILDE, ViLetters.DOT};

    private Telex() {
    }

    /**
     * The Vietnamese syllable {@code word} composes to as Telex keys, in its case pattern; empty
     * when the keys compose nothing (no mark and no tone key), or no possible syllable.
     */
    public static Optional<String> composed(String word) {
        if (word.isEmpty() || !word.chars().allMatch(c -> c < 128 && Character.isLetter(c))) {
            return Optional.empty();
        }
        String keys = word.toLowerCase(Locale.ROOT);
        char tone = 0;
        int toneKey = TONE_KEYS.indexOf(keys.charAt(keys.length() - 1));
        if (toneKey >= 0 && keys.length() > 1) {
            tone = TONES[toneKey];
            keys = keys.substring(0, keys.length() - 1);
        }
        String letters = keys;
        for (String[] mark : MARKS) {
            letters = letters.replace(mark[0], mark[1]);
        }
        if (tone == 0 && letters.equals(keys)) {
            return Optional.empty();
        }
        ViLetters parsed = ViLetters.of(letters);
        List<ViSyllable> parses = ViSyllable.parses(parsed);
        if (parses.isEmpty()) {
            return Optional.empty();
        }
        String syllable = tone == 0 ? letters : parsed.withToneAt(parses.get(0).toneIndex(), tone);
        return SyllableRules.check(syllable).isEmpty() ? Optional.of(ViLetters.likeCase(word, syllable)) : Optional.empty();
    }
}
