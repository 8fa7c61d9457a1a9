package org.passerelle.extract.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.passerelle.extract.ArticleExtractor;
import org.passerelle.core.InputException;
import org.passerelle.extract.fixtures.FormatFixtures;
import org.passerelle.extract.fixtures.FormatFixtures.Extras;
import org.passerelle.extract.fixtures.Seeds;

/**
 * Extraction throughput for the five seed articles in each format, single thread, after warm-up.
 * Not a unit test (timings depend on the machine):
 * {@code ./bench extraction [SECONDS]} from the repository root.
 */
public final class ExtractionBenchmark {

    private ExtractionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 3;
        Path dir = Files.createTempDirectory("passerelle-bench");
        Map<String, List<Path>> byFormat = fixtures(dir);
        ArticleExtractor extractor = new ArticleExtractor("fr");
        long t0 = System.nanoTime();
        extractor.extract(byFormat.get("txt").get(0));
        System.out.printf(Locale.ROOT, "first extraction (Tika + language profiles loading): %.0f ms%n", (System.nanoTime() - t0) / 1e6);
        System.out.printf(Locale.ROOT, "%-5s %10s %12s%n", "fmt", "articles/s", "ms/article");
        for (Map.Entry<String, List<Path>> e : byFormat.entrySet()) {
            run(extractor, e.getValue(), 1.0); // warm-up: JIT and parser classes
            double[] r = run(extractor, e.getValue(), seconds);
            System.out.printf(Locale.ROOT, "%-5s %10.1f %12.2f%n", e.getKey(), r[0], 1000 / r[0]);
        }
    }

    private static double[] run(ArticleExtractor extractor, List<Path> files, double seconds) throws InputException {
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        int n = 0;
        do {
            for (Path f : files) {
                extractor.extract(f);
                n++;
            }
        } while (System.nanoTime() < deadline);
        return new double[] {n / ((System.nanoTime() - start) / 1e9)};
    }

    private static Map<String, List<Path>> fixtures(Path dir) throws IOException {
        Map<String, List<Path>> out = new LinkedHashMap<>();
        for (String f : List.of("txt", "html", "docx", "odt", "rtf", "pdf")) {
            out.put(f, new ArrayList<>());
        }
        for (String id : Seeds.IDS) {
            List<String> p = Seeds.paragraphs(id);
            out.get("txt").add(Files.writeString(dir.resolve(id + ".txt"), Seeds.text(id), StandardCharsets.UTF_8));
            out.get("html").add(FormatFixtures.html(p, Extras.NONE, dir.resolve(id + ".html")));
            out.get("docx").add(FormatFixtures.docx(p, Extras.NONE, dir.resolve(id + ".docx")));
            out.get("odt").add(FormatFixtures.odt(p, Extras.NONE, dir.resolve(id + ".odt")));
            out.get("rtf").add(FormatFixtures.rtf(p, dir.resolve(id + ".rtf")));
            out.get("pdf").add(FormatFixtures.pdf(p, dir.resolve(id + ".pdf")));
        }
        return out;
    }
}
