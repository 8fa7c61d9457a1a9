package org.passerelle.xliff.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.lib.segmentation.SRXDocument;
import org.passerelle.core.Article;
import org.passerelle.core.Block;
import org.passerelle.core.BlockRole;
import org.passerelle.glossary.Termbase;
import org.passerelle.xliff.PrepareResult;
import org.passerelle.xliff.SentenceSegmenter;
import org.passerelle.xliff.XliffPreparer;
import org.passerelle.xliff.XliffReader;
import org.passerelle.xliff.XliffVersion;

/**
 * Throughput of segmentation (sentences/s) and of XLIFF write + read (units/s) on a corpus built
 * from the seed articles' paragraphs, at least 100,000 units. Not a unit test: timings depend on
 * the machine. Run from the repository root:
 * <pre>./bench segmentation</pre>
 * Optional system properties: {@code bench.units} (default 100000), {@code bench.dir}.
 */
public final class XliffBenchmark {

    private XliffBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int units = Integer.getInteger("bench.units", 100_000);
        List<String> paragraphs = seedParagraphs();
        System.out.printf(Locale.ROOT, "corpus: %d seed paragraphs, cycled to %,d units%n", paragraphs.size(), units);
        segmentation(paragraphs, units);
        okapiDefaultRules(paragraphs);
        Path dir = Files.createTempDirectory(Path.of(System.getProperty("bench.dir", System.getProperty("java.io.tmpdir"))),
                "passerelle-bench");
        xliff(paragraphs, units, dir, XliffVersion.V1_2);
        xliff(paragraphs, units, dir, XliffVersion.V2);
    }

    private static List<String> seedParagraphs() throws IOException {
        Path seeds = Path.of(System.getProperty("basedir", ".")).resolve("../samples/articles").normalize();
        if (!Files.isDirectory(seeds)) {
            seeds = Path.of("samples/articles");
        }
        List<String> paras = new ArrayList<>();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path p : files.sorted().toList()) {
                for (String line : Files.readString(p).split("\n")) {
                    if (!line.isBlank()) {
                        paras.add(line.strip());
                    }
                }
            }
        }
        return paras;
    }

    private static void segmentation(List<String> paragraphs, int units) throws Exception {
        SentenceSegmenter fr = SentenceSegmenter.forLanguage("fr");
        for (int i = 0; i < 2000; i++) {
            fr.split(paragraphs.get(i % paragraphs.size()));
        }
        long sentences = 0;
        long chars = 0;
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long c0 = cpu.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        for (int i = 0; i < units; i++) {
            String p = paragraphs.get(i % paragraphs.size());
            sentences += fr.split(p).size();
            chars += p.length();
        }
        double s = (System.nanoTime() - t0) / 1e9;
        double c = (cpu.getCurrentThreadCpuTime() - c0) / 1e9;
        // CPU time too: on a shared machine the wall clock measures the neighbours as well.
        System.out.printf(Locale.ROOT, "segmentation, 1 thread : %,d sentences (%,.1f MB) in %.2f s = %,.0f sentences/s"
                + " (%.2f s CPU = %,.0f sentences per CPU-second)%n", sentences, chars / 1e6, s, sentences / s, c, sentences / c);

        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong count = new AtomicLong();
        t0 = System.nanoTime();
        List<Future<?>> jobs = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int start = t;
            jobs.add(pool.submit(() -> {
                for (int i = start; i < units; i += threads) {
                    count.addAndGet(fr.split(paragraphs.get(i % paragraphs.size())).size());
                }
            }));
        }
        for (Future<?> f : jobs) {
            f.get();
        }
        s = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        System.out.printf(Locale.ROOT, "segmentation, %d threads: %,d sentences in %.2f s = %,.0f sentences/s%n",
                threads, count.get(), s, count.get() / s);
    }

    /** The same engine with Okapi's bundled rules, for comparison: one regex pass per rule. */
    private static void okapiDefaultRules(List<String> paragraphs) {
        SRXDocument doc = new SRXDocument();
        doc.loadRules(SRXDocument.DEFAULT_SRX_RULES);
        ISegmenter seg = doc.compileLanguageRules(LocaleId.fromString("fr"), null);
        int rules = doc.getLanguageRules("French").size() + doc.getLanguageRules("Default").size();
        int n = Math.min(2000, paragraphs.size() * 20);
        long sentences = 0;
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            sentences += seg.computeSegments(paragraphs.get(i % paragraphs.size()));
        }
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "okapi defaultSegmentation.srx (fr: ~%d rules): %,d sentences in %.2f s = %,.0f sentences/s%n",
                rules, sentences, s, sentences / s);
    }

    private static void xliff(List<String> paragraphs, int units, Path dir, XliffVersion version) throws Exception {
        List<Block> blocks = new ArrayList<>(units);
        for (int i = 0; i < units; i++) {
            // A number keeps every paragraph distinct, as in a real corpus of many articles.
            blocks.add(new Block(i == 0 ? BlockRole.TITLE : BlockRole.BODY,
                    paragraphs.get(i % paragraphs.size()) + " (" + i + ")", "fr", 0, 0));
        }
        Article article = new Article("bench-" + version.label(), Path.of("bench.txt"), "text/plain", "fr", Map.of(), blocks);
        XliffPreparer preparer = new XliffPreparer(new Termbase("fr", List.of()), version);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long c0 = cpu.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        PrepareResult r = preparer.prepare(article, "en", dir);
        double write = (System.nanoTime() - t0) / 1e9;
        double writeCpu = (cpu.getCurrentThreadCpuTime() - c0) / 1e9;
        long size = Files.size(r.file());

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        long[] read = {0, 0};
        long[] gcCpu = {0};
        c0 = cpu.getCurrentThreadCpuTime();
        t0 = System.nanoTime();
        new XliffReader().read(r.file(), r.file().toString(), u -> {
            read[0]++;
            if (read[0] % 25_000 == 0) {
                // Live data only: if reading streams, what survives a collection does not grow with the file.
                long g = cpu.getCurrentThreadCpuTime();
                System.gc();
                gcCpu[0] += cpu.getCurrentThreadCpuTime() - g;
                read[1] = Math.max(read[1], memory.getHeapMemoryUsage().getUsed() - before);
            }
        });
        double reading = (System.nanoTime() - t0) / 1e9;
        double readCpu = (cpu.getCurrentThreadCpuTime() - c0 - gcCpu[0]) / 1e9;
        System.out.printf(Locale.ROOT,
                "XLIFF %s: %,d units, %,d segments, %.1f MB; write (segment + Okapi writer) %.2f s = %,.0f units/s;"
                        + " read (secure pre-scan + Okapi reader) %.2f s = %,.0f units/s; write+read %,.0f units/s;"
                        + " CPU: write %,.0f, read %,.0f, write+read %,.0f units per CPU-second;"
                        + " live heap growth while reading <= %,.1f MB%n",
                version.label(), r.units(), r.segments(), size / 1e6, write, r.units() / write, reading, read[0] / reading,
                r.units() / (write + reading), r.units() / writeCpu, read[0] / readCpu, r.units() / (writeCpu + readCpu),
                read[1] / 1e6);
        Files.deleteIfExists(r.file());
    }
}
