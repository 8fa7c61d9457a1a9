package org.passerelle.core;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one-line reason of an I/O failure, in the user's words. The JDK's exceptions name the file
 * but often give no reason ({@code AccessDeniedException} says only the path), and its messages
 * from the operating system come capitalised and sometimes over several lines.
 */
public final class IoProblem {
    // The JDK's exceptions that carry no reason of their own, most specific first.
    private static final List<Map.Entry<Class<? extends IOException>, String>> REASONS = List.of(
            Map.entry(NoSuchFileException.class, "no such file or directory"),
            Map.entry(AccessDeniedException.class, "permission denied"),
            Map.entry(FileAlreadyExistsException.class, "already exists"),
            Map.entry(NotDirectoryException.class, "not a directory"),
            Map.entry(DirectoryNotEmptyException.class, "directory not empty"),
            Map.entry(FileSystemLoopException.class, "symbolic link loop"),
            Map.entry(FileSystemException.class, "input/output error"));

    private IoProblem() {
    }

    /** "no space left on device", "permission denied", "no such file" … */
    public static String reason(IOException e) {
        return reason(e, e instanceof FileSystemException fse && fse.getFile() != null ? Path.of(fse.getFile()) : null);
    }

    /**
     * The reason, told by what {@code path} is now when the JDK's exception cannot tell it: creating
     * a directory where a file is, or writing a file where a directory is, both throw "already exists".
     */
    public static String reason(IOException e, Path path) {
        if (path != null && (e instanceof FileAlreadyExistsException || e instanceof DirectoryNotEmptyException)) {
            if (Files.isDirectory(path)) {
                return "is a directory, not a file";
            }
            if (e instanceof FileAlreadyExistsException && Files.isRegularFile(path)) {
                return "is a file, not a directory";
            }
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return oneLine(fse.getReason());
        }
        for (Map.Entry<Class<? extends IOException>, String> known : REASONS) {
            if (known.getKey().isInstance(e)) {
                return known.getValue();
            }
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : oneLine(e.getMessage());
    }

    /** "file: reason" when the exception names a file, else the reason alone. */
    public static String oneLine(IOException e) {
        if (e instanceof FileSystemException fse && fse.getFile() != null) {
            return fse.getFile() + ": " + reason(e);
        }
        return reason(e);
    }

    private static String oneLine(String text) {
        String line = text.replaceAll("\\s+", " ").trim();
        // The OS says "No space left on device"; the rest of our line is lower case.
        return line.length() > 1 && Character.isUpperCase(line.charAt(0)) && Character.isLowerCase(line.charAt(1))
                ? line.substring(0, 1).toLowerCase(Locale.ROOT) + line.substring(1) : line;
    }
}
