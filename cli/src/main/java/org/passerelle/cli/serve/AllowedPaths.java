package org.passerelle.cli.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The directories the service was started with, the only places it reads from or writes reports
 * to. A path is taken at its real location (links followed), so a link inside a root that points
 * outside it is refused like the outside path itself.
 */
public final class AllowedPaths {
    private final List<Path> roots;

    public AllowedPaths(List<Path> roots) throws IOException {
        List<Path> real = new ArrayList<>();
        for (Path root : roots) {
            real.add(root.toRealPath());
        }
        this.roots = List.copyOf(real);
    }

    public List<Path> roots() {
        return roots;
    }

    /** An existing file or directory under a root, at its real location. */
    Path existing(String path) throws RequestException {
        Path p = parse(path);
        try {
            return inside(p.toRealPath(), path);
        } catch (NoSuchFileException e) {
            throw new RequestException(404, path + ": no such file");
        } catch (IOException e) {
            throw new RequestException(400, path + ": " + e.getMessage());
        }
    }

    /** A directory to write reports into, which may not exist yet: its nearest existing ancestor must be under a root. */
    Path writable(String path) throws RequestException {
        Path p = parse(path).toAbsolutePath().normalize();
        Path existing = p;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        try {
            Path real = existing == null ? p : existing.toRealPath().resolve(existing.relativize(p));
            return inside(real, path);
        } catch (IOException e) {
            throw new RequestException(400, path + ": " + e.getMessage());
        }
    }

    /** Refuses a file found inside an allowed directory that is, really, elsewhere (a link). */
    public Path check(Path file) throws RequestException {
        try {
            return inside(file.toRealPath(), file.toString());
        } catch (IOException e) {
            throw new RequestException(404, file + ": no such file");
        }
    }

    private static Path parse(String path) throws RequestException {
        if (path == null || path.isBlank() || path.indexOf('\0') >= 0) {
            throw new RequestException(400, "a path must be a non-empty string");
        }
        try {
            return Path.of(path);
        } catch (IllegalArgumentException e) {
            throw new RequestException(400, "'" + path + "' is not a path");
        }
    }

    private Path inside(Path real, String asGiven) throws RequestException {
        for (Path root : roots) {
            if (real.startsWith(root)) {
                return real;
            }
        }
        throw new RequestException(403, asGiven + " is outside the directories this service may read ("
                + String.join(", ", roots.stream().map(Path::toString).toList()) + ")");
    }
}
