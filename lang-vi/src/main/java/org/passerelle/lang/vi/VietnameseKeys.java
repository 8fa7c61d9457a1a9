package org.passerelle.lang.vi;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.passerelle.core.lang.TermKeys;

/**
 * Vietnamese syllables compared after Unicode normalisation and with the tone mark moved off its
 * vowel: "hoà" (new style) and "hòa" (old style), precomposed or decomposed, get the same key.
 */
final class VietnameseKeys implements TermKeys {
    static final VietnameseKeys INSTANCE = new VietnameseKeys();

    private VietnameseKeys() {
    }

    @Override
    public String termKey(String token, boolean exactCase) {
        return exactCase || TermKeys.isAcronym(token) ? EXACT + Normalizer.normalize(token, Normalizer.Form.NFC) : key(token);
    }

    @Override
    public List<String> textKeys(String token) {
        return List.of(EXACT + Normalizer.normalize(token, Normalizer.Form.NFC), key(token));
    }

    static String key(String syllable) {
        String decomposed = Normalizer.normalize(syllable.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder base = new StringBuilder(decomposed.length());
        char tone = '0';
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            switch (c) {
                case '\u0300' -> tone = '2'; // huyền
                case '\u0301' -> tone = '1'; // sắc
                case '\u0309' -> tone = '3'; // hỏi
                case '\u0303' -> tone = '4'; // ngã
                case '\u0323' -> tone = '5'; // nặng
                default -> {
                    if (Character.getType(c) != Character.FORMAT) {
                        base.append(c);
                    }
                }
            }
        }
        return Normalizer.normalize(base, Normalizer.Form.NFC) + tone;
    }
}
