package org.passerelle.qa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
import org.passerelle.xliff.XliffHeader;
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
    private final String targetLanguage;

    /** Default profile, no termbase, no suppressions file. */
    public QaEngine() {
        this(builder());
    }

    private QaEngine(Builder b) {
        this.profile = b.profile.withChecks(FileCheck.withFileChecks(b.checks));
        this.termbase = b.termbase;
        this.suppressions = b.suppressions;
        this.threads = b.threads;
        this.cache = b.cache;
        this.progress = b.progress;
        this.checks = b.checks;
        this.targetLanguage = b.targetLanguage;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param paths files or directories, as given by the user (directories are searched for XLIFF)
     * @throws InputException when a path does not exist; a file that is not readable XLIFF is
     *         instead one {@code xliff.unreadable} finding (and {@link ReportListener#unreadable}),
     *         and the other files are checked
     */
    public QaSummary run(List<Path> paths, List<ReportListener> listeners) throws InputException {
        List<Path> files = XliffFiles.expand(paths);
        List<FileRead> read = new ArrayList<>();
        XliffReader reader = new XliffReader();
        for (Path file : files) {
            read.add(read(reader, file));
        }
        return checkFiles(read, listeners);
    }

    /** Checks units already read (e.g. built in memory); the file count is that of distinct unit files. */
    public QaSummary check(List<TranslationUnit> units, List<ReportListener> listeners) {
        Map<String, List<TranslationUnit>> byFile = new LinkedHashMap<>();
        units.forEach(u -> byFile.computeIfAbsent(u.file(), f -> new ArrayList<>()).add(u));
        List<FileRead> read = new ArrayList<>();
        byFile.forEach((file, its) -> read.add(new FileRead(file, its, List.of(), null)));
        return checkFiles(read, listeners);
    }

    /** One file of the run: its units, or the problem that kept it from being read, and its file findings. */
    private record FileRead(String file, List<TranslationUnit> units, List<Finding> findings, InputException problem) {
    }

    private FileRead read(XliffReader reader, Path path) {
        String file = path.toString();
        List<TranslationUnit> units = new ArrayList<>();
        XliffHeader header;
        try {
            header = reader.read(path, file, units::add);
        } catch (InputException e) {
            return new FileRead(file, List.of(), List.of(unreadable(file, e)), e);
        }
        List<Finding> findings = new ArrayList<>();
        if (header.duplicateUnitIds() != null && profile.enabled(FileCheck.DUPLICATE_ID.id())) {
            findings.add(fileFinding(file, FileCheck.DUPLICATE_ID, Side.SOURCE, header.duplicateUnitIds()
                    + ": publish and re-prepare find translations by unit id; give each unit its own"));
        }
        if (units.stream().noneMatch(u -> u.targetLanguage() == null)) {
            return new FileRead(file, units, findings, null);
        }
        if (targetLanguage != null) {
            List<TranslationUnit> supplied = units.stream().map(u -> u.targetLanguage() != null ? u
                    : u.toBuilder().languages(u.sourceLanguage(), targetLanguage).build()).toList();
            return new FileRead(file, supplied, findings, null);
        }
        if (profile.enabled(FileCheck.TARGET_LANGUAGE.id())) {
            findings.add(fileFinding(file, FileCheck.TARGET_LANGUAGE, Side.TARGET, "no target-language: "
                    + "the translations are checked without language-specific rules; give --target-lang"));
        }
        return new FileRead(file, units, findings, null);
    }

    /** A file that could not be read is always reported, whatever the profile: it was not checked. */
    private Finding unreadable(String file, InputException e) {
        String at = e.line() > 0 ? "line " + e.line() + (e.column() > 0 ? ", column " + e.column() : "") + ": " : "";
        String reason = e.getMessage() == null ? "unreadable" : e.getMessage().replaceAll("\\s+", " ").trim();
        return fileFinding(file, FileCheck.UNREADABLE, Side.SOURCE, at + reason);
    }

    private Finding fileFinding(String file, CheckDefinition check, Side side, String message) {
        Severity severity = profile.settings(check.id()).severity(Side.TARGET);
        return new Finding(file, FileCheck.WHOLE_FILE, FileCheck.WHOLE_FILE, side, null, check.id(), severity, message,
                0, 0, List.of(), null);
    }

    private QaSummary checkFiles(List<FileRead> files, List<ReportListener> listeners) {
        List<TranslationUnit> units = files.stream().flatMap(f -> f.units().stream()).toList();
        List<CheckDefinition> running = checks.stream().filter(d -> profile.enabled(d.id())).toList();
        List<Check> enabled = running.stream().map(d -> d.factory().apply(profile.settings(d.id()))).toList();
        CheckContext context = new CheckContext(profile, termbase, new Proofreader(profile.enabled("grammar"),
                profile.settings("spelling").string("english-variant"), cache));

        if (profile.enabled("spelling") || profile.enabled("grammar")) {
            // One instance per checking thread for each language present, created side by side up front.
            Set<String> languages = new TreeSet<>();
            units.forEach(u -> {
                if (u.sourceLanguage() != null) {
                    languages.add(u.sourceLanguage());
                }
                if (u.targetLanguage() != null) {
                    languages.add(u.targetLanguage());
                }
            });
            if (progress != null) {
                progress.phase("starting LanguageTool");
            }
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
        return report(files, units.size(), byUnit, running, listeners);
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
        Finding found = new Finding(unit.file(), unit.id(), m.segment(), m.side(), lang, checkId,
                settings.severity(m.side()), m.message(), m.offset(), m.length(), m.suggestions(), null);
        String reason = suppressions.reason(unit, found);
        return reason == null ? found : found.suppressedBecause(reason);
    }

    private static QaSummary report(List<FileRead> files, int unitCount, Map<TranslationUnit, List<Finding>> byUnit,
                                     List<CheckDefinition> running, List<ReportListener> listeners) {
        Counts counts = new Counts();
        listeners.forEach(l -> l.started(running));
        for (FileRead file : files) {
            if (file.problem() != null) {
                listeners.forEach(l -> l.unreadable(file.problem()));
            }
            for (Finding f : file.findings()) {
                counts.add(f);
                listeners.forEach(l -> l.finding(f));
            }
            for (TranslationUnit unit : file.units()) {
                listeners.forEach(l -> l.unit(unit));
                List<Finding> findings = byUnit.get(unit);
                findings.sort(FindingOrder.within(unit));
                for (Finding f : findings) {
                    counts.add(f);
                    listeners.forEach(l -> l.finding(f));
                }
            }
        }
        QaSummary summary = new QaSummary(files.size(), unitCount, counts.errors, counts.warnings, counts.infos,
                counts.suppressed);
        for (ReportListener l : listeners) {
            try {
                l.finished(summary);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write report", e);
            }
        }
        return summary;
    }

    /** The summary's counts as the findings go by. */
    private static final class Counts {
        int errors;
        int warnings;
        int infos;
        int suppressed;

        void add(Finding f) {
            if (f.isSuppressed()) {
                suppressed++;
                return;
            }
            switch (f.severity()) {
                case ERROR -> errors++;
                case WARNING -> warnings++;
                case INFO -> infos++;
            }
        }
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
        private String targetLanguage;

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

        /**
         * The target language of files that do not say theirs (a 1.2 {@code <file>} without
         * {@code target-language}); files that say it keep theirs. Without it such files get one
         * {@code xliff.target-language} finding and no language-specific checks.
         */
        public Builder targetLanguage(String tag) {
            this.targetLanguage = tag;
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
