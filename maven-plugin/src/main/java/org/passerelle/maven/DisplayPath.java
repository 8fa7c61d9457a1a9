package org.passerelle.maven;

import java.nio.file.Path;

/**
 * Paths as a user reads them in the log and the reports: relative to the directory Maven was
 * started in when they lie under it (so a CI job's SARIF points into the checkout), else absolute.
 */
final class DisplayPath {
    private DisplayPath() {
    }

    static Path of(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return abs.startsWith(cwd) && !abs.equals(cwd) ? cwd.relativize(abs) : abs;
    }
}
