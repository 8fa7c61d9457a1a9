package org.passerelle.qa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.passerelle.core.InputException;
import org.passerelle.glossary.Termbase;
import org.passerelle.qa.languagetool.ProofCache;
import org.passerelle.qa.languagetool.Proofreader;
import org.passerelle.xliff.TranslationUnit;
import org.passerelle.xliff.XliffReader;

/**
 * Runs every enabled check of a profile over XLIFF files and directories and hands the findings to
 * listeners. It knows checks only through the {@code Check} interface.
 *
 * <pre>
 * QaSummary s = QaEngine.builder().profile(p).termbase(tb).suppressions(sup).build()
 *         .run(List.of(Path.of("out/xliff")), List.of(new JsonReport(dir.resolve("qa-report.json"))));
 * </pre>
 * Units are checked in parallel; reports always come out in the same order (files as given,
 * directories sorted; units in file order; segment, side, offset).
 */
public final class QaEngine {
    private final Profile profile;
    private final Termbase termbase;
    private final Suppressions suppressions;
    private final int threads;
    private final ProofCache cache;
    private final QaProgress progress;
    private final List<CheckDefinition> checks;

    /** Default profile, no termbase, no suppressions file. */
    public QaEngine() {
        this(builder());
    }

    private QaEngine(Builder b) {
        this.profile = b.profile.withChecks(b.checks);
        this.termbase = b.termbase;
        this.suppressions = b.suppressions;
        this.threads = b.threads;
        this.cache = b.cache;
        this.progress = b.progress;
        this.checks = b.checks;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** @param paths files or directories, as given by the user (directories are searched for XLIFF) */
    public QaSummary run(List<Path> paths, List<ReportListener> listeners) throws InputException {
        List<Path> files = XliffFiles.expand(paths);
        List<TranslationUnit> units = new ArrayList<>();
        XliffReader reader = new XliffReader();
        for (Path file : files) {
            reader.read(file, file.toString(), units::add);
        }
        return check(units, files.size(), listeners);
    }

    /** Checks units already read (e.g. built in memory); the file count is that of distinct unit files. */
    public QaSummary check(List<TranslationUnit> units, List<ReportListener> listeners) {
        return check(units, (int) units.stream().map(TranslationUnit::file).distinct().count(), listeners);
    }

    private QaSummary check(List<TranslationUnit> units, int fileCount, List<ReportListener> listeners) {
        List<CheckDefinition> running = checks.stream().filter(d -> profile.enabled(d.id())).toList();
        List<Check> enabled = running.stream().map(d -> d.factory().apply(profile.settings(d.id()))).toList();
        CheckContext context = new CheckContext(profile, termbase, new Proofreader(profile.enabled("grammar"),
                profile.settings("spelling").string("english-variant"), cache));

        if (profile.enabled("spelling") || profile.enabled("grammar")) {
            // One instance per checking thread for each language present, created side by side up front.
            java.util.Set<String> languages = new java.util.TreeSet<>();
            units.forEach(u -> {
                if (u.sourceLanguage() != null) {
                    languages.add(u.sourceLanguage());
                }
                if (u.targetLanguage() != null) {
                    languages.add(u.targetLanguage());
                }
            });
            context.proofreader().prepare(languages, Math.min(threads, Math.max(1, units.size() / 20)));
        }
        Map<TranslationUnit, List<Finding>> byUnit = check(units, enabled, context);
        for (Check c : enabled) {
            if (c instanceof RunWideCheck runWide) {
                for (UnitMatch m : runWide.finish(context)) {
                    List<Finding> list = byUnit.get(m.unit());
                    if (list != null) {
                        list.add(finding(m.unit(), c.id(), m.match()));
                    }
                }
            }
        }
        try {
            cache.save();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the LanguageTool cache", e);
        }
        return report(fileCount, units, byUnit, running, listeners);
    }

    private Map<TranslationUnit, List<Finding>> check(List<TranslationUnit> units, List<Check> enabled,
                                                      CheckContext context) {
        Map<TranslationUnit, List<Finding>> byUnit = new IdentityHashMap<>();
        units.forEach(u -> byUnit.put(u, new ArrayList<>()));
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "passerelle-qa");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (TranslationUnit unit : units) {
                List<Finding> out = byUnit.get(unit);
                futures.add(pool.submit(() -> {
                    if (unit.translatable()) {
                        for (Check c : enabled) {
                            try {
                                for (CheckMatch m : c.check(unit, context)) {
                                    out.add(finding(unit, c.id(), m));
                                }
                            } catch (RuntimeException e) {
                                // A bug in one check must say where it struck, or nobody can reproduce it.
                                throw new IllegalStateException("check " + c.id() + " failed on " + unit.file() + ":" + unit.id(), e);
                            }
                        }
                    }
                    if (progress != null) {
                        progress.unitsChecked(done.incrementAndGet(), units.size());
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("QA run interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return byUnit;
    }

    private Finding finding(TranslationUnit unit, String checkId, CheckMatch m) {
        CheckSettings settings = profile.settings(checkId);
        String lang = m.side() == Side.SOURCE ? unit.sourceLanguage() : unit.targetLanguage();
        return new Finding(unit.file(), unit.id(), m.segment(), m.side(), lang, checkId, settings.severity(m.side()),
                m.message(), m.offset(), m.length(), m.suggestions(), suppressions.reason(unit, checkId));
    }

    private static QaSummary report(int files, List<TranslationUnit> units, Map<TranslationUnit, List<Finding>> byUnit,
                                     List<CheckDefinition> running, List<ReportListener> listeners) {
        int errors = 0;
        int warnings = 0;
        int infos = 0;
        int suppressed = 0;
        listeners.forEach(l -> l.started(running));
        for (TranslationUnit unit : units) {
            listeners.forEach(l -> l.unit(unit));
            List<Finding> findings = byUnit.get(unit);
            findings.sort(FindingOrder.within(unit));
            for (Finding f : findings) {
                if (f.isSuppressed()) {
                    suppressed++;
                } else {
                    switch (f.severity()) {
                        case ERROR -> errors++;
                        case WARNING -> warnings++;
                        case INFO -> infos++;
                    }
                }
                listeners.forEach(l -> l.finding(f));
            }
        }
        QaSummary summary = new QaSummary(files, units.size(), errors, warnings, infos, suppressed);
        for (ReportListener l : listeners) {
            try {
                l.finished(summary);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write report", e);
            }
        }
        return summary;
    }

    /** Settings of a QA run; everything is optional. */
    public static final class Builder {
        private Profile profile = Profile.defaults();
        private Termbase termbase;
        private Suppressions suppressions = Suppressions.none();
        private int threads = Runtime.getRuntime().availableProcessors();
        private ProofCache cache = ProofCache.inMemory();
        private QaProgress progress;
        private List<CheckDefinition> checks = CheckRegistry.all();

        public Builder profile(Profile profile) {
            this.profile = profile;
            return this;
        }

        /** @param termbase the termbase for term checks, or null to skip them */
        public Builder termbase(Termbase termbase) {
            this.termbase = termbase;
            return this;
        }

        public Builder suppressions(Suppressions suppressions) {
            this.suppressions = suppressions;
            return this;
        }

        public Builder threads(int threads) {
            this.threads = Math.max(1, threads);
            return this;
        }

        /** Keeps LanguageTool results in {@code file} between runs (e.g. {@code .passerelle/lt-cache.json}). */
        public Builder cacheFile(Path file) {
            this.cache = ProofCache.onDisk(file);
            return this;
        }

        public Builder progress(QaProgress progress) {
            this.progress = progress;
            return this;
        }

        /**
         * Replaces the built-in checks (e.g. to run one alone). Checks the profile does not know run at
         * the defaults of their definition; to set their parameters, load the profile with them
         * ({@link Profile#load(Path, List)}).
         */
        public Builder checks(List<CheckDefinition> checks) {
            this.checks = List.copyOf(checks);
            return this;
        }

        /** Runs {@code check} after those already registered (a team's own check, a plug-in's). */
        public Builder check(CheckDefinition check) {
            List<CheckDefinition> more = new ArrayList<>(checks);
            more.add(check);
            this.checks = List.copyOf(more);
            return this;
        }

        public QaEngine build() {
            return new QaEngine(this);
        }
    }
}
