package org.passerelle.core;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a file so that readers see either the old content or the complete new one, never half:
 * the content goes to a temporary file in the same directory, which is then moved into place.
 *
 * <p>A symbolic link is followed: the file it leads to is replaced and the link kept (a termbase
 * linked into several projects must get the edit everywhere). A replaced file keeps its
 * permissions; a read-only file, a directory or a FIFO in the way is refused before anything is
 * written. Every failure is a {@link FileSystemException} naming the file the caller gave, with a
 * one-line reason, also when the failure happened deep inside a library that wrapped the
 * {@code IOException} of a full disk in its own exception; but a file where a directory of the
 * path should be is named itself ("out: is a file, not a directory"), as that is what to fix.
 */
public final class AtomicFile {
    /** Produces the content of a file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    public static void write(Path target, Content content) throws IOException {
        Path file = linkedFile(target);
        refuseIfNotReplaceable(target, file);
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = temporaryFile(target, file, dir);
        try {
            attempt(target, file, () -> keepPermissions(file, tmp));
            writeContent(target, file, tmp, content);
            attempt(target, file, () -> move(tmp, file));
        } finally {
            deleteQuietly(tmp);
        }
    }

    public static void writeString(Path target, String text) throws IOException {
        write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static Path temporaryFile(Path target, Path file, Path dir) throws FileSystemException {
        try {
            Files.createDirectories(dir);
            return Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp");
        } catch (IOException e) {
            Path inTheWay = notADirectory(file);
            if (inTheWay != null) {
                // "out: is a file, not a directory" says what to fix; the file that was to go under it does not.
                FileSystemException refused = new FileSystemException(inTheWay.toString(), null,
                        Files.isRegularFile(inTheWay) ? "is a file, not a directory" : "not a directory");
                refused.initCause(e);
                throw refused;
            }
            throw cannotWrite(target, file, e);
        }
    }

    /** The nearest folder of {@code file}'s path that exists and is not a directory, or null: named as given. */
    private static Path notADirectory(Path file) {
        for (Path p = file.getParent(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                return Files.isDirectory(p) ? null : p;
            }
        }
        return null;
    }

    private interface Step {
        void run() throws IOException;
    }

    /** Runs a step of the write, its failure reported as the target's. */
    private static void attempt(Path target, Path file, Step step) throws FileSystemException {
        try {
            step.run();
        } catch (IOException e) {
            throw cannotWrite(target, file, e);
        }
    }

    private static void writeContent(Path target, Path file, Path tmp, Content content) throws IOException {
        WitnessedStream out = new WitnessedStream(Files.newOutputStream(tmp));
        try {
            try (out) {
                content.writeTo(out);
            }
        } catch (IOException | RuntimeException e) {
            if (out.failure() != null) {
                // The disk's own error, whatever a library (Okapi, JAXB) made of it.
                FileSystemException failure = cannotWrite(target, file, out.failure());
                failure.addSuppressed(e);
                throw failure;
            }
            throw e;
        }
    }

    // After a failure the original exception is what the user needs; a temporary file that cannot
    // be removed either (the directory turned read-only) is then the lesser problem.
    private static void deleteQuietly(Path tmp) {
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException e) {
            // left behind: its name starts with a dot and ends in .tmp
        }
    }

    private static void move(Path tmp, Path file) throws IOException {
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Path linkedFile(Path target) throws IOException {
        try {
            return LinkedFile.of(target);
        } catch (FileSystemLoopException e) {
            throw new FileSystemException(target.toString(), null, "cannot write: too many levels of symbolic links");
        }
    }

    private static void refuseIfNotReplaceable(Path target, Path file) throws FileSystemException {
        if (!Files.exists(file)) {
            return;
        }
        if (Files.isDirectory(file)) {
            throw new FileSystemException(target.toString(), null, "cannot write: is a directory");
        }
        if (!Files.isRegularFile(file)) {
            throw new FileSystemException(target.toString(), null, "cannot write: not a regular file");
        }
        if (onReadOnlyFileSystem(file)) {
            throw new FileSystemException(target.toString(), null, "cannot write: read-only file system (left unchanged)");
        }
        if (readOnly(file)) {
            throw new FileSystemException(target.toString(), null,
                    "cannot write: read-only file (left unchanged; make it writable to replace it)");
        }
    }

    private static boolean onReadOnlyFileSystem(Path file) {
        try {
            return Files.getFileStore(file).isReadOnly();
        } catch (IOException e) {
            return false;
        }
    }

    // Root may write anything, so the mode bits are asked too: replacing a file its owner made
    // read-only would defeat the point of making it so.
    private static boolean readOnly(Path file) {
        if (!Files.isWritable(file)) {
            return true;
        }
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            return !perms.contains(PosixFilePermission.OWNER_WRITE) && !perms.contains(PosixFilePermission.GROUP_WRITE)
                    && !perms.contains(PosixFilePermission.OTHERS_WRITE);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /**
     * A temporary file is private (rw-------); the replaced file keeps the permissions (and, where
     * allowed, the group) it had, and a new one gets the usual rw-r--r--, so that an edit never
     * locks the team out of a shared file.
     */
    private static void keepPermissions(Path file, Path tmp) throws IOException {
        if (!Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        if (!Files.exists(file)) {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
            return;
        }
        PosixFileAttributes old = Files.readAttributes(file, PosixFileAttributes.class);
        Files.setPosixFilePermissions(tmp, old.permissions());
        try {
            Files.getFileAttributeView(tmp, PosixFileAttributeView.class).setGroup(old.group());
        } catch (IOException e) {
            // Only the owner's groups (or root) may be set: the group then stays the writer's.
        }
    }

    private static FileSystemException cannotWrite(Path target, Path file, IOException cause) {
        String where = Files.exists(file) ? "left unchanged" : "not created";
        FileSystemException e = new FileSystemException(target.toString(), null,
                "cannot write: " + IoProblem.reason(cause) + " (" + where + ")");
        e.initCause(cause);
        return e;
    }
}
