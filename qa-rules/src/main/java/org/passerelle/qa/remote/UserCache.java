package org.passerelle.qa.remote;

import java.nio.file.Path;

/**
 * Where the QA cache lives when no --cache is given: one file per user, shared by qa, publish and
 * serve (and the Maven plugin's service discovery), so that publish after qa (or a second qa)
 * reuses what the first found wherever it ran.
 * Its entries are keyed by content, so sharing it between projects is safe.
 */
public final class UserCache {
    private UserCache() {
    }

    public static Path file() {
        return directory().resolve("qa-cache.json");
    }

    /** Where a running {@code serve} announces itself to qa and publish. */
    public static Path serviceFile() {
        return directory().resolve("serve.json");
    }

    private static Path directory() {
        String own = System.getProperty("passerelle.cache.dir", System.getenv("PASSERELLE_CACHE_DIR"));
        if (own != null && !own.isBlank()) {
            return Path.of(own);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "passerelle");
        }
        return Path.of(System.getProperty("user.home"), ".cache", "passerelle");
    }
}
