package org.passerelle.xliff;

/**
 * Pseudo-translation of plain text: every Latin letter replaced by an accented look-alike, the
 * whole wrapped in brackets and padded by about 30 %, so that a round trip shows untranslated
 * text, lost characters, truncation and layouts that cannot take longer translations.
 * Digits, punctuation and spaces are kept, so number checks still hold.
 */
final class PseudoText {

    private static final String PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String ACCENTED = "àƀçđéƒĝĥîĵķĺɱñöƥɋŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĹṀÑÖƤɊŔŠŢÛṼŴẊÝŽ";
    static final char OPEN = '[';
    static final char CLOSE = ']';
    private static final double EXPANSION = 0.3;

    private PseudoText() {
    }

    /** Accents one character (codes and non-letters pass through). */
    static char accent(char c) {
        int i = PLAIN.indexOf(c);
        return i < 0 ? c : ACCENTED.charAt(i);
    }

    /** The padding that brings a text of {@code length} letters to about 130 %. */
    static String padding(int length) {
        int n = (int) Math.ceil(length * EXPANSION);
        return n == 0 ? "" : " " + "~".repeat(Math.max(1, n - 1));
    }

    /** Plain text only: "[Ŀé ɱîñîšţŕé ~~~~]". */
    static String of(String text) {
        StringBuilder sb = new StringBuilder(text.length() * 2).append(OPEN);
        for (int i = 0; i < text.length(); i++) {
            sb.append(accent(text.charAt(i)));
        }
        return sb.append(padding(text.length())).append(CLOSE).toString();
    }
}
