package org.passerelle.qa;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * What identifies a finding from one run to the next, for baselines, SARIF's partialFingerprints and
 * GitLab's fingerprints: the file (as {@link ProjectPath}), unit, segment, side, check and message.
 * The offset is left out, so that an edit earlier in the segment does not make an old finding new;
 * the same problem twice in one segment gets its occurrence number, so each keeps its own
 * fingerprint. One instance per run, fed the findings in report order (which the engine keeps stable).
 */
public final class Fingerprints {
    private final Map<String, Integer> occurrences = new HashMap<>();

    /** The finding's fingerprint in this run: {@link #key} for its first occurrence, numbered after. */
    public String of(Finding f) {
        String key = text(f);
        int n = occurrences.merge(key, 1, Integer::sum);
        return hash(n == 1 ? key : key + "\n" + n);
    }

    /** What a finding and its identical twins in the same segment share (a baseline counts them). */
    public static String key(Finding f) {
        return hash(text(f));
    }

    private static String text(Finding f) {
        return String.join("\n", ProjectPath.of(f.file()), f.unit(), f.segment(), f.side().id(), f.check(), f.message());
    }

    private static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
