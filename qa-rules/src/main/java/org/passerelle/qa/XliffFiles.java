package org.passerelle.qa;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.passerelle.core.InputException;

/** Expands the paths a user gave into XLIFF files, in a stable order. */
final class XliffFiles {
    private static final List<String> EXTENSIONS = List.of(".xlf", ".xliff", ".sdlxliff", ".mqxliff");

    private XliffFiles() {
    }

    static List<Path> expand(List<Path> paths) throws InputException {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(XliffFiles::isXliff).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new InputException(p, "cannot list directory: " + e.getMessage(), e);
                }
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

    static boolean isXliff(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }
}
