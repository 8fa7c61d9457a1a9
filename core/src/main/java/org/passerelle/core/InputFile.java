package org.passerelle.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The check every command makes on a file it is to read, before opening it: opening a FIFO blocks
 * until someone writes to it, a device can be endless, and a directory named {@code x.xlf} must
 * not pass for an empty file.
 */
public final class InputFile {
    private static final int TYPE_MASK = 0170000;
    private static final int FIFO = 0010000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int SOCKET = 0140000;

    private InputFile() {
    }

    /** {@code file}, once it is known to be a readable regular file (a symbolic link to one is). */
    public static Path require(Path file) throws InputException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new InputException(file, Files.isSymbolicLink(file) ? "broken symbolic link" : "no such file");
        } catch (IOException e) {
            throw new InputException(file, "cannot read: " + IoProblem.reason(e), e);
        }
        if (attributes.isDirectory()) {
            throw new InputException(file, "is a directory, not a file");
        }
        if (!attributes.isRegularFile()) {
            throw new InputException(file, "not a regular file (" + kind(file) + ")");
        }
        if (!Files.isReadable(file)) {
            throw new InputException(file, "not readable (permission denied)");
        }
        return file;
    }

    /**
     * Refuses {@code file} when it exists and is not a regular file; a missing file is left to the
     * reader, which knows what it was looking for ("profile not found").
     */
    public static void refuseIfSpecial(Path file) throws InputException {
        if (Files.exists(file)) {
            require(file);
        }
    }

    private static String kind(Path file) {
        try {
            int type = (Integer) Files.getAttribute(file, "unix:mode") & TYPE_MASK;
            return switch (type) {
                case FIFO -> "a named pipe";
                case CHARACTER_DEVICE, BLOCK_DEVICE -> "a device";
                case SOCKET -> "a socket";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "a special file";
        }
    }
}
