package org.passerelle.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.passerelle.core.InputException;

/**
 * The XLIFF files of the {@code files} and {@code directories} parameters, expanded here rather than
 * by the engine so that publish can match findings to files and the log shows short paths.
 */
final class XliffInputs {
    /** The extensions the command line's {@code qa} searches directories for. */
    private static final List<String> EXTENSIONS = List.of(".xlf", ".xliff", ".sdlxliff", ".mqxliff");

    private XliffInputs() {
    }

    /** Files as given, then each directory's XLIFF files in sorted order, no duplicates. */
    static List<Path> expand(List<File> files, List<File> directories) throws InputException {
        Set<Path> result = new LinkedHashSet<>();
        for (File f : nullToEmpty(files)) {
            Path p = DisplayPath.of(f.toPath());
            if (!Files.isRegularFile(p)) {
                throw new InputException(p, Files.exists(p) ? "not a file" : "no such file");
            }
            result.add(p);
        }
        for (File d : nullToEmpty(directories)) {
            Path dir = DisplayPath.of(d.toPath());
            if (!Files.isDirectory(dir)) {
                throw new InputException(dir, Files.exists(dir) ? "not a directory" : "no such directory");
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(Files::isRegularFile).filter(XliffInputs::isXliff).sorted().forEach(result::add);
            } catch (IOException e) {
                throw new InputException(dir, "cannot list directory: " + e.getMessage(), e);
            }
        }
        return new ArrayList<>(result);
    }

    static boolean isXliff(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    private static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
