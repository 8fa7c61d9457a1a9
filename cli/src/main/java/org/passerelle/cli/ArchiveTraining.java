package org.passerelle.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The run the launcher records a class-data archive from (java -XX:ArchiveClassesAtExit), once per
 * build: a QA of the samples with LanguageTool and every report, the same QA again from the cache,
 * and a publish, so that the archive holds the classes of the cold, the cached and the publishing
 * paths. Its output is thrown away; only the classes it loaded matter.
 */
public final class ArchiveTraining {
    private ArchiveTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path samples = Path.of(args[0]);
        Path scratch = Files.createTempDirectory("passerelle-training");
        System.setProperty("passerelle.cache.dir", scratch.resolve("cache").toString());
        PrintWriter quiet = new PrintWriter(Writer.nullWriter());
        String translations = samples.resolve("translations").toString();
        String termbase = samples.resolve("termbase.tbx").toString();
        String[] qa = {"qa", translations, "--termbase", termbase, "--report", scratch.resolve("qa").toString(),
            "--format", "text,json,html,junit,sarif"};
        try {
            Passerelle.execute(quiet, quiet, qa);
            Passerelle.execute(quiet, quiet, qa);
            Passerelle.execute(quiet, quiet, "publish", translations, "-o", scratch.resolve("publish").toString(),
                    "--termbase", termbase);
        } finally {
            try (Stream<Path> files = Files.walk(scratch)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        System.exit(0);
    }
}
