package org.passerelle.cli.serve;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.languagetool.JLanguageTool;
import org.passerelle.core.InputException;
import org.passerelle.core.Languages;
import org.passerelle.core.lang.LanguageSupport;
import org.passerelle.core.lang.LanguageSupports;
import org.passerelle.glossary.TbxReader;
import org.passerelle.glossary.Termbase;
import org.passerelle.qa.Profile;
import org.passerelle.qa.QaCache;
import org.passerelle.qa.QaEngine;
import org.passerelle.qa.ReportListener;
import org.passerelle.qa.Suppressions;
import org.passerelle.qa.ToolVersion;
import org.passerelle.qa.XliffFiles;
import org.passerelle.qa.gate.ReportFormat;
import org.passerelle.qa.gate.ReportFormats;
import org.passerelle.qa.gate.UnknownNameException;
import org.passerelle.qa.languagetool.Proofreader;
import org.passerelle.qa.remote.WireCollector;
import org.passerelle.qa.remote.WireResult;
import org.passerelle.xliff.TranslationState;
import org.passerelle.xliff.TranslationUnit;

/**
 * What {@code passerelle serve} does for a request, without HTTP: checks pairs or files with the
 * engine, sharing one cache, the parsed termbases and profiles and LanguageTool's warm instances
 * across requests. It reads only under its {@link AllowedPaths}.
 */
public final class CheckService {
    /** More units than this in one request is a batch job for {@code check-files}. */
    static final int MAX_UNITS = 1_000;

    /** The service's own settings, used when a request does not name its own. */
    public record Defaults(Path termbase, Path profile, Path suppressions, String targetLanguage) {
    }

    private final AllowedPaths allowed;
    private final Defaults defaults;
    private final QaCache cache;
    private final LoadedFiles<Termbase> termbases = new LoadedFiles<>(file -> new TbxReader().read(file));
    private final LoadedFiles<Profile> profiles = new LoadedFiles<>(Profile::load);
    private final LoadedFiles<Suppressions> suppressions = new LoadedFiles<>(Suppressions::load);
    private final long started = System.nanoTime();
    private volatile WarmUp warmUp = WarmUp.none();

    public CheckService(AllowedPaths allowed, Defaults defaults, QaCache cache) {
        this.allowed = allowed;
        this.defaults = defaults;
        this.cache = cache;
    }

    /** Starts LanguageTool for these languages in the background, so the first request does not wait for it. */
    public void warmUp(List<String> languages) {
        warmUp = WarmUp.start(languages);
    }

    /** From when a request that arrived at {@code arrivedNanos} is timed: LanguageTool's warm-up is not its time. */
    long timedFrom(long arrivedNanos) {
        return warmUp.timedFrom(arrivedNanos);
    }

    WireResult check(CheckRequests.Units request) throws RequestException, InputException {
        String source = language(request.sourceLang(), "sourceLang");
        String target = language(request.targetLang(), "targetLang");
        List<CheckRequests.Unit> pairs = request.units() != null ? request.units()
                : List.of(new CheckRequests.Unit(request.id(), request.source(), request.target()));
        if (request.units() != null && (request.source() != null || request.target() != null)) {
            throw new RequestException(400, "give either source and target or units, not both");
        }
        if (pairs.isEmpty() || pairs.size() > MAX_UNITS) {
            throw new RequestException(400, "units: give 1 to " + MAX_UNITS + " source/target pairs");
        }
        List<TranslationUnit> units = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            CheckRequests.Unit p = pairs.get(i);
            if (p == null || p.source() == null || p.target() == null) {
                throw new RequestException(400, "unit " + (i + 1) + ": source and target are both required");
            }
            String id = p.id() == null || p.id().isBlank() ? String.valueOf(i + 1) : p.id();
            units.add(TranslationUnit.builder().id(id).languages(source, target).state(TranslationState.TRANSLATED)
                    .segment("1", p.source(), p.target()).build());
        }
        QaEngine.Builder b = QaEngine.builder().cache(cache).threads(1).profile(profile(request.profile()));
        Path tb = optional(request.termbase(), defaults.termbase());
        if (tb != null) {
            b.termbase(termbases.get(tb));
        }
        WireCollector collector = new WireCollector();
        QaEngine engine = b.build();
        engine.check(units, List.of(collector));
        return collector.result(engine.lastRun());
    }

    WireResult check(CheckRequests.Files request) throws RequestException, InputException {
        if (request.paths() == null || request.paths().isEmpty()) {
            throw new RequestException(400, "paths: name at least one XLIFF file or directory");
        }
        List<Path> files = new ArrayList<>();
        for (String p : request.paths()) {
            for (Path file : XliffFiles.expand(List.of(allowed.existing(p)))) {
                files.add(allowed.check(file));
            }
        }
        QaEngine.Builder b = QaEngine.builder().cache(cache).profile(profile(request.profile()))
                .targetLanguage(request.targetLang() != null ? language(request.targetLang(), "targetLang")
                        : defaults.targetLanguage());
        Path tb = optional(request.termbase(), defaults.termbase());
        if (tb != null) {
            // the path too, for the cache key; the parsed termbase, so a warm service does not parse it per request
            b.termbase(tb, termbases.get(tb));
        }
        Path sup = optional(request.suppressions(), defaults.suppressions());
        if (sup != null) {
            b.suppressions(suppressions.get(sup));
        }
        WireCollector collector = new WireCollector();
        List<ReportListener> listeners = new ArrayList<>(List.of(collector));
        if (request.report() != null) {
            Path dir = allowed.writable(request.report());
            formats(request.formats()).forEach(f -> listeners.add(f.listener(dir)));
        }
        QaEngine engine = b.build();
        engine.run(files, listeners);
        return collector.result(engine.lastRun());
    }

    Map<String, Object> health() {
        Map<String, Object> health = new TreeMap<>();
        health.put("status", "ok");
        health.put("uptimeSeconds", (System.nanoTime() - started) / 1_000_000_000L);
        health.put("languageToolInstances", Proofreader.started());
        health.put("warmingUp", warmUp.warming());
        health.put("roots", allowed.roots().stream().map(Path::toString).toList());
        return health;
    }

    static Map<String, Object> version() {
        return Map.of("name", "passerelle", "version", ToolVersion.get(), "languageTool", JLanguageTool.VERSION, "api", 1);
    }

    private Profile profile(String requested) throws RequestException, InputException {
        Path p = optional(requested, defaults.profile());
        return p == null ? Profile.defaults() : profiles.get(p);
    }

    private Path optional(String requested, Path fallback) throws RequestException {
        return requested != null ? allowed.existing(requested) : fallback;
    }

    private static List<ReportFormat> formats(List<String> names) throws RequestException {
        try {
            return names == null ? ReportFormats.builtIn().namedIn("json,html")
                    : ReportFormats.builtIn().namedIn(String.join(",", names));
        } catch (UnknownNameException e) {
            throw new RequestException(400, "formats: " + e.getMessage());
        }
    }

    /** A tag the service has a language for; anything else is refused rather than checked by the neutral rules. */
    private static String language(String tag, String field) throws RequestException {
        if (tag == null || tag.isBlank()) {
            throw new RequestException(400, field + " is required (a language tag such as fr-FR or en-GB)");
        }
        if (!Languages.isTag(tag.strip()) || !LanguageSupports.isInstalled(tag)) {
            throw new RequestException(400, field + ": unknown language '" + tag + "' (known: "
                    + String.join(", ", LanguageSupports.installed().stream().map(LanguageSupport::language).sorted().toList())
                    + ")");
        }
        return tag.strip();
    }
}
