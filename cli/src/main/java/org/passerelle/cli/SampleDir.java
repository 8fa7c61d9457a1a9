package org.passerelle.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.passerelle.core.InputException;

/** Finds the bundled samples: next to the launcher ({@code PASSERELLE_HOME}), else in the working directory. */
final class SampleDir {
    private SampleDir() {
    }

    static Path locate() throws InputException {
        String home = System.getenv("PASSERELLE_HOME");
        Path dir = home != null ? Path.of(home, "samples") : Path.of("samples");
        if (!Files.isDirectory(dir)) {
            throw new InputException(dir, "bundled samples not found; pass --samples DIR");
        }
        // Reports name files as given; a path relative to where the user stands reads best.
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = dir.toAbsolutePath().normalize();
        return abs.startsWith(cwd) ? cwd.relativize(abs) : abs;
    }
}
