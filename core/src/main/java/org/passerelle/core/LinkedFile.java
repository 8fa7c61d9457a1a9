package org.passerelle.core;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The file a chain of symbolic links leads to, which may not exist yet: what {@link AtomicFile}
 * replaces, and so what anything that guards a write (a lock beside the file) must be keyed on.
 */
public final class LinkedFile {
    private static final int MAX_LINKS = 40;

    private LinkedFile() {
    }

    /** {@code path} itself when it is not a link. */
    public static Path of(Path path) throws IOException {
        Path file = path;
        for (int i = 0; i < MAX_LINKS && Files.isSymbolicLink(file); i++) {
            Path link = Files.readSymbolicLink(file);
            file = file.toAbsolutePath().getParent().toRealPath().resolve(link);
        }
        if (Files.isSymbolicLink(file)) {
            throw new FileSystemLoopException(path.toString());
        }
        return file;
    }
}
