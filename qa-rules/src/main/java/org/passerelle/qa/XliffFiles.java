package org.passerelle.qa;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.passerelle.core.InputException;

/**
 * Which files are XLIFF, for the engine, the command line and the Maven plugin alike: a directory
 * means every XLIFF file under it, in a stable (sorted) order so reports compare between runs.
 */
public final class XliffFiles {
    /** Ours, XLIFF 2 files named for their version, Trados Studio's and memoQ's. */
    public static final List<String> EXTENSIONS =
            List.of(".xlf", ".xliff", ".xlf2", ".xliff2", ".sdlxliff", ".mqxliff");

    private XliffFiles() {
    }

    /** Files as given, and each directory's XLIFF files; no file twice. */
    public static List<Path> expand(List<Path> paths) throws InputException {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                files.addAll(in(p));
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else if (Files.exists(p)) {
                throw new InputException(p, "not a file or directory");
            } else {
                throw new InputException(p, "no such file or directory");
            }
        }
        return files.stream().distinct().toList();
    }

    /** The XLIFF files under {@code directory}, searched recursively, sorted. */
    public static List<Path> in(Path directory) throws InputException {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile).filter(XliffFiles::isXliff).sorted().toList();
        } catch (IOException e) {
            throw new InputException(directory, "cannot list directory: " + e.getMessage(), e);
        }
    }

    public static boolean isXliff(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }
}
