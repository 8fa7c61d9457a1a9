package org.passerelle.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

/** The lines {@code publish} and {@code run} print about the site around the articles. */
final class SiteSummary {

    private SiteSummary() {
    }

    /** "site -> out/publish/index.html (…)" when pages were written, then the notes. */
    static void print(PrintWriter out, GatedPublisher.Result result) {
        result.site().stream().filter(p -> p.getFileName().toString().equals("index.html") && isRoot(p, result))
                .findFirst().ifPresent(index -> out.println("site -> " + index + " (an index per language, the originals,"
                        + " style.css; held back: " + index.resolveSibling("refused.html") + ")"));
        result.notes().forEach(n -> out.println("note: " + n));
    }

    // The root index is the one whose folder holds the refused report.
    private static boolean isRoot(Path index, GatedPublisher.Result result) {
        return result.site().contains(index.resolveSibling("refused.html"));
    }
}
