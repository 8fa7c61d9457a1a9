package org.passerelle.cli;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.passerelle.core.InputException;
import org.passerelle.qa.Finding;
import org.passerelle.qa.QaSummary;
import org.passerelle.qa.ReportListener;
import org.passerelle.qa.XliffFiles;
import org.passerelle.qa.gate.GateRun;
import org.passerelle.xliff.TranslationUnit;

/**
 * {@code qa --watch}: one engine kept for the whole session (LanguageTool, the termbase's matchers
 * and the cache stay warm), a check again on every save of an XLIFF file, and only the difference
 * printed: findings that appeared ({@code +}) and findings that went away ({@code -}). Unchanged
 * files are answered from the cache, so a save costs about its own file.
 */
final class QaWatch {
    /**
     * Editors save in bursts (a temporary file, a rename, a touch) a few milliseconds long: one
     * check after the burst. Every millisecond here is one the translator waits for, on every save
     * (150 was a sixth of the second the issue allows); a burst that outlasts it costs one more
     * check, not a wrong answer, since every save is checked again.
     */
    private static final long SETTLE_MILLIS = 50;

    private final GateRun gate;
    private final List<Path> paths;
    private final PrintWriter out;
    private final PrintWriter err;

    QaWatch(GateRun gate, List<Path> paths, PrintWriter out, PrintWriter err) {
        this.gate = gate;
        this.paths = paths;
        this.out = out;
        this.err = err;
    }

    int run() throws IOException, InputException {
        WatchEngine engine = new WatchEngine(gate, gate.service(), w -> {
            err.println("passerelle: " + w);
            err.flush();
        });
        // Watching starts before the first check, so that a save made while it runs is not missed.
        try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
            for (Path dir : directories()) {
                dir.register(watcher, ENTRY_MODIFY, ENTRY_CREATE);
            }
            Run before = check(engine);
            // The first save should not wait for LanguageTool to start: start it while the translator reads.
            engine.warmUp(before.languages());
            before.findings().values().forEach(f -> out.println("  " + line(f)));
            URI service = engine.service();
            out.println(before.summaryLine() + "; watching " + XliffFiles.expand(paths).size() + " file(s)"
                    + (service == null ? "" : ", checked in the service at " + service) + ", Ctrl-C stops");
            out.flush();
            while (true) {
                Set<Path> saved = saved(watcher);
                if (!saved.isEmpty()) {
                    before = recheck(engine, saved, before);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCode.CLEAN;
        }
    }

    /** Checks again after a save and prints the difference; bad input is one line, and watching goes on. */
    private Run recheck(WatchEngine engine, Set<Path> saved, Run before) {
        long start = System.nanoTime();
        try {
            Run after = check(engine);
            print(saved, before, after, (System.nanoTime() - start) / 1e9);
            return after;
        } catch (InputException e) {
            out.println("passerelle: " + e.oneLine());
            out.flush();
            return before;
        }
    }

    /** The XLIFF files saved in the next burst of events. */
    private static Set<Path> saved(WatchService watcher) throws InterruptedException {
        Set<Path> saved = new LinkedHashSet<>();
        WatchKey key = watcher.take();
        while (key != null) {
            Path dir = (Path) key.watchable();
            for (WatchEvent<?> event : key.pollEvents()) {
                if (event.context() instanceof Path name && XliffFiles.isXliff(dir.resolve(name))) {
                    saved.add(dir.resolve(name));
                }
            }
            key.reset();
            key = watcher.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS);
        }
        return saved;
    }

    private List<Path> directories() throws IOException {
        Set<Path> dirs = new LinkedHashSet<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> tree = Files.walk(p)) {
                    tree.filter(Files::isDirectory).forEach(dirs::add);
                }
            } else {
                dirs.add(p.toAbsolutePath().getParent());
            }
        }
        return new ArrayList<>(dirs);
    }

    private void print(Set<Path> saved, Run before, Run after, double seconds) {
        List<String> names = saved.stream().map(p -> p.getFileName().toString()).toList();
        for (Map.Entry<String, Finding> e : after.findings().entrySet()) {
            if (!before.findings().containsKey(e.getKey())) {
                out.println("+ " + line(e.getValue()));
            }
        }
        for (Map.Entry<String, Finding> e : before.findings().entrySet()) {
            if (!after.findings().containsKey(e.getKey())) {
                out.println("- " + line(e.getValue()));
            }
        }
        long added = after.findings().keySet().stream().filter(k -> !before.findings().containsKey(k)).count();
        long fixed = before.findings().keySet().stream().filter(k -> !after.findings().containsKey(k)).count();
        out.printf(Locale.ROOT, "%s %s saved, checked in %.1f s: %d new, %d fixed; %s%n",
                LocalTime.now().truncatedTo(ChronoUnit.SECONDS), String.join(", ", names), seconds, added, fixed,
                after.summaryLine());
        out.flush();
    }

    private static String line(Finding f) {
        return f.file() + ":" + f.unit() + ": " + f.severity().name().toLowerCase(Locale.ROOT) + ": " + f.check() + ": "
                + f.message();
    }

    /** One check's findings, by what identifies them across runs, its summary and the languages of its units. */
    private record Run(Map<String, Finding> findings, QaSummary summary, Set<String> languages) {
        String summaryLine() {
            return summary.errors() + " errors, " + summary.warnings() + " warnings, " + summary.infos() + " infos";
        }
    }

    private Run check(WatchEngine engine) throws InputException {
        Collected run = new Collected();
        engine.run(paths, List.of(run));
        return new Run(run.findings, run.summary, run.languages);
    }

    /** What a run told its listener: the findings that count, by what identifies them across runs. */
    private static final class Collected implements ReportListener {
        final Map<String, Finding> findings = new LinkedHashMap<>();
        final Set<String> languages = new LinkedHashSet<>();
        QaSummary summary;

        @Override
        public void unit(TranslationUnit unit) {
            Stream.of(unit.sourceLanguage(), unit.targetLanguage()).filter(Objects::nonNull).forEach(languages::add);
        }

        @Override
        public void finding(Finding f) {
            if (!f.isSuppressed()) {
                findings.put(f.file() + "|" + f.unit() + "|" + f.segment() + "|" + f.side() + "|" + f.check() + "|"
                        + f.message(), f);
            }
        }

        @Override
        public void finished(QaSummary s) {
            summary = s;
        }
    }
}
