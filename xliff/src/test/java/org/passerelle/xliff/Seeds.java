package org.passerelle.xliff;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The real VNA seed articles bundled in the repository ({@code samples/articles}). */
final class Seeds {
    private Seeds() {
    }

    static Path dir() {
        Path base = Path.of(System.getProperty("basedir", "."));
        Path dir = base.resolve("../samples/articles").normalize();
        if (!Files.isDirectory(dir)) {
            dir = base.resolve("samples/articles");
        }
        return dir;
    }

    static List<Path> all() throws IOException {
        try (Stream<Path> s = Files.list(dir())) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    static String id(Path seed) {
        String name = seed.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }

    /** The non-blank lines of a seed: one paragraph each. */
    static List<String> paragraphs(Path seed) throws IOException {
        List<String> paras = new ArrayList<>();
        for (String line : Files.readString(seed).split("\n")) {
            if (!line.isBlank()) {
                paras.add(line.strip());
            }
        }
        return paras;
    }
}
