package org.passerelle.maven;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.passerelle.core.InputException;
import org.passerelle.qa.XliffFiles;

/**
 * The XLIFF files of the {@code files} and {@code directories} parameters, expanded here rather than
 * by the engine so that publish can match findings to files and the log shows short paths. A
 * parameter naming a directory as a file (or the reverse) is a configuration mistake, so it is refused.
 */
final class XliffInputs {
    private XliffInputs() {
    }

    /** Files as given, then each directory's XLIFF files, no duplicates. */
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
            result.addAll(XliffFiles.in(dir));
        }
        return new ArrayList<>(result);
    }

    private static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
