package org.passerelle.xliff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Pattern;
import org.passerelle.core.BlockRole;

/**
 * Unit ids derived from the article and the paragraph itself, never from a position: adding or
 * removing a paragraph leaves every other id alone. The id is the block role and the first eight
 * hex digits of SHA-256(article id, role, paragraph text with whitespace collapsed), e.g.
 * {@code body-3fa2c91b}; a paragraph repeated in the same article gets {@code -2}, {@code -3}...
 * (When re-preparing, a paragraph whose text was edited inherits the id of the paragraph it
 * replaces, see {@link TranslationMerge}.) The ids are valid XML NMTOKENs, as XLIFF 2 requires.
 */
final class UnitIds {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]+");

    private final String articleId;
    private final Map<String, Integer> seen = new HashMap<>();

    UnitIds(String articleId) {
        this.articleId = articleId;
    }

    String next(BlockRole role, String text) {
        String base = role.id() + "-" + hash(articleId + "\n" + role.id() + "\n" + normalise(text));
        int n = seen.merge(base, 1, Integer::sum);
        return n == 1 ? base : base + "-" + n;
    }

    static String normalise(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
