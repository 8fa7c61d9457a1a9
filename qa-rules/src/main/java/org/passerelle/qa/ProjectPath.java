package org.passerelle.qa;

import java.nio.file.Path;

/**
 * A file's path as reports and fingerprints name it: relative to the working directory (the
 * checkout a CI job runs in) with forward slashes, whatever form it was given in
 * ({@code ./a.xlf}, {@code /abs/checkout/a.xlf}); a file outside the working directory keeps its
 * absolute path.
 */
public final class ProjectPath {
    private ProjectPath() {
    }

    public static String of(String file) {
        Path abs = Path.of(file).toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath().normalize();
        Path shown = abs.startsWith(cwd) ? cwd.relativize(abs) : abs;
        return shown.toString().replace('\\', '/');
    }

    /** True when {@link #of} is relative, i.e. the file lies under the working directory. */
    public static boolean inProject(String file) {
        return !Path.of(of(file)).isAbsolute();
    }
}
