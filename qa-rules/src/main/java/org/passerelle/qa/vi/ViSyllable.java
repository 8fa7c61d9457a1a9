package org.passerelle.qa.vi;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The structure of a written Vietnamese syllable: onset consonant, rhyme (vowel cluster and final)
 * and tone, with the spelling rules that decide whether a word can be a syllable at all.
 *
 * @param letters    the word taken apart
 * @param onset      initial consonant ("", "ngh", "qu", "gi" ...)
 * @param rhyme      the rest, toneless ("oa", "ương", "inh")
 * @param rhymeStart index in {@code letters.base()} where the rhyme starts
 */
public record ViSyllable(ViLetters letters, String onset, String rhyme, int rhymeStart) {
    private static final List<String> ONSETS = List.of("ngh", "ng", "gh", "gi", "kh", "ph", "th", "tr", "ch", "nh", "qu",
            "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "");
    static final String VOWELS = "aăâeêioôơuưy";
    private static final String MARKED_VOWELS = "ăâêôơư";
    private static final Set<String> RHYMES = Set.of(
            "a", "ac", "ach", "ai", "am", "an", "ang", "anh", "ao", "ap", "at", "au", "ay",
            "ăc", "ăm", "ăn", "ăng", "ăp", "ăt",
            "âc", "âm", "ân", "âng", "âp", "ât", "âu", "ây",
            "e", "ec", "em", "en", "eng", "eo", "ep", "et",
            "ê", "êch", "êm", "ên", "ênh", "êp", "êt", "êu",
            "i", "ia", "ich", "im", "in", "inh", "ip", "it", "iu", "iêc", "iêm", "iên", "iêng", "iêp", "iêt", "iêu",
            "o", "oc", "oi", "om", "on", "ong", "op", "ot", "oa", "oac", "oach", "oai", "oam", "oan", "oang", "oanh",
            "oao", "oap", "oat", "oay", "oăc", "oăm", "oăn", "oăng", "oăt", "oe", "oen", "oeo", "oet", "ooc", "oong",
            "ô", "ôc", "ôi", "ôm", "ôn", "ông", "ôp", "ôt",
            "ơ", "ơi", "ơm", "ơn", "ơp", "ơt",
            "u", "uc", "ui", "um", "un", "ung", "up", "ut", "ua", "uân", "uâng", "uât", "uây", "uê", "uêch", "uênh",
            "uơ", "uôc", "uôi", "uôm", "uôn", "uông", "uôt", "uy", "uya", "uych", "uyên", "uyêt", "uynh", "uyt", "uyu",
            "ư", "ưc", "ưi", "ưm", "ưn", "ưng", "ưt", "ưu", "ưa", "ươc", "ươi", "ươm", "ươn", "ương", "ươp", "ươt", "ươu",
            "y", "yêm", "yên", "yêng", "yêt", "yêu", "ynh", "ych", "yt");
    private static final Set<String> FRONT = Set.of("i", "e", "ê", "y");

    /** Every way {@code word} parses as a syllable (usually one; "gi" words may have two). */
    static List<ViSyllable> parses(ViLetters letters) {
        List<ViSyllable> result = new ArrayList<>();
        String base = letters.base();
        for (String onset : ONSETS) {
            if (!base.startsWith(onset)) {
                continue;
            }
            String rhyme = base.substring(onset.length());
            int start = onset.length();
            if (onset.equals("gi") && (rhyme.isEmpty() || VOWELS.indexOf(rhyme.charAt(0)) < 0 || rhyme.charAt(0) == 'ê')) {
                // "gì", "gìn", "giết": the i of the onset is also the rhyme's vowel.
                rhyme = "i" + rhyme;
                start = 1;
            }
            if (RHYMES.contains(rhyme) && spelledRight(onset, rhyme)) {
                result.add(new ViSyllable(letters, onset, rhyme, start));
            }
        }
        return result;
    }

    static Optional<ViSyllable> parse(String word) {
        List<ViSyllable> all = parses(ViLetters.of(word));
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** Onset spelling rules: k/gh/ngh before i, e, ê, y; c/g/ng elsewhere; yê only without onset or after qu. */
    private static boolean spelledRight(String onset, String rhyme) {
        String first = rhyme.substring(0, 1);
        boolean front = FRONT.contains(first);
        switch (onset) {
            case "k", "gh", "ngh":
                if (!front) {
                    return false;
                }
                break;
            case "c", "g", "ng":
                if (front) {
                    return false;
                }
                break;
            case "qu":
                if (first.equals("u")) {
                    return false;
                }
                break;
            default:
                break;
        }
        if (rhyme.startsWith("yê") && !onset.isEmpty() && !onset.equals("qu")) {
            return false;
        }
        if (rhyme.startsWith("iê") && onset.isEmpty()) {
            return false;
        }
        // ynh, ych, yt are only written after qu ("quỳnh", "huých" is h + uych).
        return !(rhyme.equals("ynh") || rhyme.equals("ych") || rhyme.equals("yt")) || onset.equals("qu");
    }

    /** The rhyme ends in a stop (-c, -ch, -p, -t): only sắc or nặng tone is possible. */
    boolean stopFinal() {
        return rhyme.endsWith("c") || rhyme.endsWith("ch") || rhyme.endsWith("p") || rhyme.endsWith("t");
    }

    String vowels() {
        int end = 0;
        while (end < rhyme.length() && VOWELS.indexOf(rhyme.charAt(end)) >= 0) {
            end++;
        }
        return rhyme.substring(0, end);
    }

    boolean open() {
        return vowels().length() == rhyme.length();
    }

    /** True for the open oa, oe, uy rhymes, where two tone placements are in use. */
    boolean twoStyles() {
        return open() && (rhyme.equals("oa") || rhyme.equals("oe") || rhyme.equals("uy"));
    }

    /**
     * Where the tone mark goes, as an index into the word: on the marked vowel (ơ of ươ, ê of iê),
     * else on the last vowel before a final consonant, else the middle of three vowels, else the
     * first of two; for oa, oe, uy the main-vowel style (hoà) is given, {@link #firstVowelIndex} the other.
     */
    int toneIndex() {
        String v = vowels();
        int marked = -1;
        for (int i = 0; i < v.length(); i++) {
            if (MARKED_VOWELS.indexOf(v.charAt(i)) >= 0) {
                marked = i;
            }
        }
        int inRhyme;
        if (v.length() == 1) {
            inRhyme = 0;
        } else if (marked >= 0) {
            inRhyme = marked;
        } else if (!open()) {
            inRhyme = v.length() - 1;
        } else if (twoStyles()) {
            inRhyme = 1;
        } else if (v.length() == 3) {
            inRhyme = 1;
        } else {
            inRhyme = 0;
        }
        return rhymeStart + inRhyme;
    }

    /** For oa, oe, uy: the index of the first vowel (the "hòa" style). */
    int firstVowelIndex() {
        return rhymeStart;
    }
}
