package org.passerelle.qa;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.passerelle.core.InputException;
import org.passerelle.core.InputFile;
import org.passerelle.core.IoProblem;

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

    /**
     * Files as given, and each directory's XLIFF files; no file twice. A FIFO, a device or a
     * directory without XLIFF files is refused at once: the one would hang the run, the other would
     * let a gate that checked nothing pass (a directory named {@code x.xlf} included).
     */
    public static List<Path> expand(List<Path> paths) throws InputException {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                List<Path> found = in(p);
                if (found.isEmpty()) {
                    throw noneIn(p);
                }
                files.addAll(found);
            } else if (Files.exists(p) || Files.isSymbolicLink(p)) {
                files.add(InputFile.require(p));
            } else {
                throw new InputException(p, "no such file or directory");
            }
        }
        return files.stream().distinct().toList();
    }

    /**
     * "DIR: a directory without XLIFF files (*.xlf, …)": the one wording of the command line and the
     * Maven goals for a directory that would leave the gate nothing to check.
     */
    public static InputException noneIn(Path directory) {
        return new InputException(directory, "a directory without XLIFF files (" + String.join(", ", EXTENSIONS.stream()
                .map(e -> "*" + e).toList()) + ")");
    }

    /** The XLIFF files under {@code directory}, searched recursively, sorted; a FIFO or device so named is refused. */
    public static List<Path> in(Path directory) throws InputException {
        List<Path> named;
        try (Stream<Path> walk = Files.walk(directory)) {
            named = walk.filter(XliffFiles::isXliff).filter(p -> !Files.isDirectory(p)).sorted().toList();
        } catch (IOException e) {
            throw new InputException(directory, "cannot list directory: " + IoProblem.reason(e), e);
        }
        for (Path p : named) {
            InputFile.require(p);
        }
        return named;
    }

    public static boolean isXliff(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }
}
