package org.passerelle.qa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.passerelle.core.InputException;
import org.passerelle.glossary.TbxReader;
import org.passerelle.glossary.Termbase;
import org.passerelle.qa.checks.SegmentLengthCheck;
import org.passerelle.qa.languagetool.ProofStats;
import org.passerelle.qa.languagetool.Proofreader;
import org.passerelle.xliff.TranslationUnit;
import org.passerelle.xliff.XliffHeader;
import org.passerelle.xliff.XliffReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
    /** At debug level, where a run's time goes (for profiling the start of a cold run). */
    private static final Logger LOG = LoggerFactory.getLogger(QaEngine.class);
    private final Profile profile;
    private final Termbase termbase;
    private final Path termbaseFile;
    private final Suppressions suppressions;
    private final int threads;
    private final QaCache cache;
    private final QaProgress progress;
    private final List<CheckDefinition> checks;
    private final String targetLanguage;
    private volatile CacheUse lastRun;

    /** Default profile, no termbase, no suppressions file. */
    public QaEngine() {
        this(builder());
    }

    private QaEngine(Builder b) {
        this.profile = b.profile.withChecks(FileCheck.withFileChecks(b.checks));
        this.termbase = b.termbase;
        this.termbaseFile = b.termbaseFile;
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
        // The termbase is parsed while the files are read: both take a while on a cold JVM.
        CompletableFuture<Termbase> tb = termbase != null || termbaseFile == null ? CompletableFuture.completedFuture(termbase)
                : CompletableFuture.supplyAsync(this::readTermbase);
        RunFingerprint fingerprint = fingerprint();
        List<FileRead> read = new ArrayList<>();
        XliffReader reader = new XliffReader();
        for (Path file : files) {
            FileRead f = read(reader, file, fingerprint);
            read.add(f);
            startLanguageToolEarly(f);
            if (progress != null) {
                progress.filesRead(read.size(), files.size());
            }
        }
        LOG.debug("{} file(s) read", files.size());
        Termbase parsed = termbase(tb);
        LOG.debug("termbase ready");
        return checkFiles(read, parsed, listeners);
    }

    /**
     * Checks units already read (e.g. built in memory); the file count is that of distinct unit files.
     *
     * @throws IllegalArgumentException when the termbase file given to the builder is not a valid termbase
     */
    public QaSummary check(List<TranslationUnit> units, List<ReportListener> listeners) {
        Map<String, List<TranslationUnit>> byFile = new LinkedHashMap<>();
        units.forEach(u -> byFile.computeIfAbsent(u.file(), f -> new ArrayList<>()).add(u));
        List<FileRead> read = new ArrayList<>();
        byFile.forEach((file, its) -> read.add(new FileRead(file, its, List.of(), null, null)));
        try {
            return checkFiles(read, termbase != null || termbaseFile == null ? termbase : new TbxReader().read(termbaseFile),
                    listeners);
        } catch (InputException e) {
            throw new IllegalArgumentException(e.oneLine(), e);
        }
    }

    /**
     * Starts LanguageTool for these language tags in the background, in this engine's rule set: for a
     * process that keeps running ({@code qa --watch}) and wants the first edit answered at once.
     */
    public void warmUp(Collection<String> languageTags) {
        if (proofreading()) {
            proofreader().warmUp(List.copyOf(languageTags));
        }
    }

    /**
     * Starts LanguageTool, while the other files are read, for the languages of a file that will
     * certainly need it: a file whose findings are not cached, in a language the cache holds no
     * LanguageTool result for (a first run on this machine). Otherwise the first pass over the
     * units tells which languages have new text, and only those start.
     */
    private void startLanguageToolEarly(FileRead file) {
        if (!proofreading() || file.cacheKey() != null && cache.holdsFindings(file.cacheKey())) {
            return;
        }
        boolean source = profile.enabled("spelling") && profile.settings("spelling").bool("check-source")
                || profile.enabled("grammar") && profile.settings("grammar").bool("check-source");
        Set<String> languages = new LinkedHashSet<>();
        for (TranslationUnit unit : file.units()) {
            if (unit.translatable()) {
                if (source && unit.sourceLanguage() != null) {
                    languages.add(unit.sourceLanguage());
                }
                if (unit.targetLanguage() != null) {
                    languages.add(unit.targetLanguage());
                }
            }
        }
        proofreader().startIfUnknown(languages);
    }

    private boolean proofreading() {
        return profile.enabled("spelling") || profile.enabled("grammar");
    }

    private Proofreader proofreader() {
        return new Proofreader(profile.enabled("grammar"), profile.settings("spelling").string("english-variant"),
                cache.proofs());
    }

    /** What the last run took from the cache (null before the first run). */
    public CacheUse lastRun() {
        return lastRun;
    }

    /** The run's settings for cached findings; null when they cannot be told (a termbase given as an object). */
    private RunFingerprint fingerprint() {
        if (termbase != null && termbaseFile == null) {
            return null;
        }
        try {
            return RunFingerprint.of(profile, profile.definitions(), termbaseFile, targetLanguage);
        } catch (IOException e) {
            return null;
        }
    }

    private Termbase readTermbase() {
        try {
            return new TbxReader().read(termbaseFile);
        } catch (InputException e) {
            throw new CompletionException(e);
        }
    }

    private static Termbase termbase(CompletableFuture<Termbase> loading) throws InputException {
        try {
            return loading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof InputException ie) {
                throw ie;
            }
            throw e.getCause() instanceof RuntimeException re ? re : e;
        }
    }

    /** The file parsed, or as the cache's process parsed it before when its bytes, name and settings are the same. */
    private FileRead read(XliffReader reader, Path path, RunFingerprint fingerprint) {
        String file = path.toString();
        String key = cacheKey(fingerprint, path, file);
        FileRead known = key == null ? null : cache.parsed(key);
        if (known != null) {
            return known;
        }
        FileRead read = parse(reader, path, file, key);
        if (read.cacheKey() != null) {
            cache.parsed(read);
        }
        return read;
    }

    private FileRead parse(XliffReader reader, Path path, String file, String key) {
        List<TranslationUnit> units = new ArrayList<>();
        XliffHeader header;
        try {
            header = reader.read(path, file, units::add);
        } catch (InputException e) {
            return new FileRead(file, List.of(), List.of(unreadable(file, e)), e, null);
        }
        List<Finding> findings = new ArrayList<>();
        if (header.duplicateUnitIds() != null && profile.enabled(FileCheck.DUPLICATE_ID.id())) {
            findings.add(fileFinding(file, FileCheck.DUPLICATE_ID, Side.SOURCE, header.duplicateUnitIds()
                    + ": publish and re-prepare find translations by unit id; give each unit its own"));
        }
        if (units.stream().noneMatch(u -> u.targetLanguage() == null)) {
            return new FileRead(file, units, findings, null, key);
        }
        if (targetLanguage != null) {
            List<TranslationUnit> supplied = units.stream().map(u -> u.targetLanguage() != null ? u
                    : u.toBuilder().languages(u.sourceLanguage(), targetLanguage).build()).toList();
            return new FileRead(file, supplied, findings, null, key);
        }
        if (profile.enabled(FileCheck.TARGET_LANGUAGE.id())) {
            findings.add(fileFinding(file, FileCheck.TARGET_LANGUAGE, Side.TARGET, "no target-language: "
                    + "the translations are checked without language-specific rules; give --target-lang"));
        }
        return new FileRead(file, units, findings, null, key);
    }

    private static String cacheKey(RunFingerprint fingerprint, Path path, String file) {
        if (fingerprint == null) {
            return null;
        }
        try {
            return fingerprint.fileKey(file, Files.readAllBytes(path));
        } catch (IOException e) {
            return null;
        }
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

    private QaSummary checkFiles(List<FileRead> files, Termbase tb, List<ReportListener> listeners) {
        List<TranslationUnit> units = files.stream().flatMap(f -> f.units().stream()).toList();
        List<CheckDefinition> running = checks.stream().filter(d -> profile.enabled(d.id())).toList();
        FindingsReuse reuse = new FindingsReuse(cache, suppressions, files);
        ProofStats before = cache.proofs().stats();
        Proofreader proofreader = proofreader();
        boolean proofreading = proofreading();
        // A first pass answers LanguageTool's part from the cache and collects what it lacks, so that
        // LanguageTool starts only for the languages with new text; then a second pass, all cached.
        CheckContext context = new CheckContext(profile, tb, proofreading ? proofreader.deferring() : proofreader);
        Proofreader first = context.proofreader();
        List<Check> enabled = instances(running);
        Predicate<TranslationUnit> tooLong = tooLong();
        Map<TranslationUnit, List<Finding>> byUnit = check(units, enabled, context, reuse, tooLong, (done, total) -> {
            if (first.backlog() == 0) {
                report(done, total);
            }
        });
        int texts = first.backlog();
        LOG.debug("first pass done, {} text(s) for LanguageTool", texts);
        if (texts > 0) {
            if (progress != null) {
                progress.phase("starting LanguageTool");
            }
            first.proofreadBacklog(threads, done -> report((int) ((long) done * units.size() / texts), units.size()));
            LOG.debug("LanguageTool done");
            enabled = instances(running);
            byUnit = check(units, enabled, context, reuse, tooLong, null);
            report(units.size(), units.size());
        }
        reuse.complete(byUnit);
        finishRunWide(enabled, context, byUnit);
        // Every check has asked what it needed; a kept cache (serve, --watch) need not hold LanguageTool's matches.
        cache.proofs().settle();
        lastRun = new CacheUse(files.size(), reuse.filesReused(), since(before, cache.proofs().stats()));
        LOG.debug("checks done: {}", lastRun.line());
        try {
            cache.save();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the QA cache", e);
        }
        LOG.debug("cache saved");
        QaSummary summary = report(files, units.size(), byUnit, running, listeners);
        LOG.debug("reported");
        return summary;
    }

    /**
     * What this run asked of LanguageTool, when the cache outlives one run (a service's, a watch's):
     * the texts it checked are exact; of the texts answered from the cache, those an earlier run of
     * the same cache used too are not counted again. Runs at once on one cache share their counts.
     */
    private static ProofStats since(ProofStats before, ProofStats after) {
        Map<String, Integer> checked = new TreeMap<>();
        after.checkedByLanguage().forEach((code, n) -> {
            int fresh = n - before.checkedByLanguage().getOrDefault(code, 0);
            if (fresh > 0) {
                checked.put(code, fresh);
            }
        });
        return new ProofStats(checked, Math.max(0, after.reused() - before.reused()));
    }

    private void report(int done, int total) {
        if (progress != null) {
            progress.unitsChecked(done, total);
        }
    }

    /** Fresh checks for a pass: run-wide checks collect as they go. */
    private List<Check> instances(List<CheckDefinition> running) {
        return running.stream().map(d -> d.factory().apply(profile.settings(d.id()))).toList();
    }

    private void finishRunWide(List<Check> enabled, CheckContext context, Map<TranslationUnit, List<Finding>> byUnit) {
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
    }

    /** Which units get only the segment.too-long check (see {@link SegmentLengthCheck}). */
    private Predicate<TranslationUnit> tooLong() {
        String id = SegmentLengthCheck.DEFINITION.id();
        int max = profile.checkIds().contains(id) ? profile.settings(id).integer("max-characters")
                : Proofreader.MAX_TEXT_CHARS;
        return unit -> SegmentLengthCheck.exceeds(unit, max);
    }

    /** The unit findings of one pass; units of cached files see only the run-wide checks, which collect. */
    private Map<TranslationUnit, List<Finding>> check(List<TranslationUnit> units, List<Check> enabled,
                                                      CheckContext context, FindingsReuse reuse,
                                                      Predicate<TranslationUnit> tooLong, QaProgress passProgress) {
        List<Check> forTooLong = enabled.stream().filter(c -> c.id().equals(SegmentLengthCheck.DEFINITION.id())).toList();
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
                        boolean fresh = reuse.fresh(unit);
                        for (Check c : tooLong.test(unit) ? forTooLong : enabled) {
                            if (!fresh && !(c instanceof RunWideCheck)) {
                                continue;
                            }
                            try {
                                List<CheckMatch> matches = c.check(unit, context);
                                if (fresh) {
                                    matches.forEach(m -> out.add(finding(unit, c.id(), m)));
                                }
                            } catch (RuntimeException e) {
                                // A bug in one check must say where it struck, or nobody can reproduce it.
                                throw new IllegalStateException("check " + c.id() + " failed on " + unit.file() + ":" + unit.id(), e);
                            }
                        }
                    }
                    if (passProgress != null) {
                        passProgress.unitsChecked(done.incrementAndGet(), units.size());
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
        FindingCounts counts = new FindingCounts();
        SourceRepeats repeats = new SourceRepeats();
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
                    if (repeats.repeated(unit, f)) {
                        continue;
                    }
                    counts.add(f);
                    listeners.forEach(l -> l.finding(f));
                }
            }
        }
        QaSummary summary = counts.summary(files.size(), unitCount);
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
        private Path termbaseFile;
        private Suppressions suppressions = Suppressions.none();
        private int threads = Runtime.getRuntime().availableProcessors();
        private QaCache cache = QaCache.inMemory();
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
            this.termbaseFile = null;
            return this;
        }

        /**
         * The termbase file (TBX or CSV), read by each run while it reads the XLIFF; unlike a
         * termbase given as an object, its bytes let a run reuse cached findings.
         */
        public Builder termbase(Path file) {
            this.termbaseFile = file;
            this.termbase = null;
            return this;
        }

        /**
         * The termbase {@code file}, already read by the caller (to validate it, say): the run uses
         * {@code read} and, as with {@link #termbase(Path)}, the file's bytes key the cached findings.
         */
        public Builder termbase(Path file, Termbase read) {
            this.termbaseFile = file;
            this.termbase = read;
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

        /**
         * Keeps LanguageTool results and each file's findings in {@code file} between runs (e.g.
         * {@code .passerelle/qa-cache.json}).
         */
        public Builder cacheFile(Path file) {
            this.cache = QaCache.onDisk(file);
            return this;
        }

        /** A cache shared with other engines (a service's, kept in memory). */
        public Builder cache(QaCache cache) {
            this.cache = cache;
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
