package org.passerelle.qa.remote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.passerelle.core.InputException;
import org.passerelle.qa.Baseline;
import org.passerelle.qa.CacheUse;
import org.passerelle.qa.CheckDefinition;
import org.passerelle.qa.CheckRegistry;
import org.passerelle.qa.FileCheck;
import org.passerelle.qa.Finding;
import org.passerelle.qa.FindingCounts;
import org.passerelle.qa.QaSummary;
import org.passerelle.qa.ReportListener;
import org.passerelle.xliff.TranslationUnit;

/**
 * A client of a running {@code passerelle serve}: it sends the run's files and settings (as
 * absolute paths, which the service reads itself) and hands the answer to the same listeners an
 * in-process run would. Like a build daemon, it is only used when it answers: {@link #find}
 * gives nothing when no service runs there, and the caller checks in process instead.
 */
public final class RemoteQa {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Generous: on a loaded machine a busy but healthy service may take a second to say so. */
    private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(3);
    private final URI base;
    private final HttpClient http;
    private final Duration timeout;
    private volatile List<String> warming = List.of();

    private RemoteQa(URI base, Duration timeout) {
        this.base = base;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    }

    /**
     * The service at {@code url} if its health check answers within {@link #HEALTH_TIMEOUT}; empty
     * otherwise. A port nobody listens on is refused at once, so only a hung service costs the wait.
     */
    public static Optional<RemoteQa> find(String url, Duration timeout) {
        try {
            RemoteQa remote = new RemoteQa(URI.create(url.endsWith("/") ? url : url + "/"), timeout);
            HttpResponse<String> health = remote.http.send(HttpRequest.newBuilder(remote.base.resolve("v1/health"))
                    .timeout(HEALTH_TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (health.statusCode() != 200) {
                return Optional.empty();
            }
            remote.warming = warming(health.body());
            return Optional.of(remote);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /**
     * The service a {@code --server} setting names: none for "off", the one this user's running
     * service announced for "auto", else the URL given; empty when it does not answer.
     */
    public static Optional<RemoteQa> chosen(String setting, Duration timeout) {
        if (setting == null || "off".equals(setting)) {
            return Optional.empty();
        }
        Optional<String> url = "auto".equals(setting) ? Announcement.read(UserCache.serviceFile()) : Optional.of(setting);
        return url.flatMap(u -> find(u, timeout));
    }

    public URI url() {
        return base;
    }

    /**
     * The languages whose LanguageTool the service was still starting when its health was asked
     * (its {@code --warm-up}); empty when it is warm, too old to say, or once it has answered a run.
     */
    public List<String> warming() {
        return warming;
    }

    private static List<String> warming(String health) throws IOException {
        List<String> languages = new ArrayList<>();
        JSON.readTree(health).path("warmingUp").forEach(l -> languages.add(l.asText()));
        return List.copyOf(languages);
    }

    /** What a files request says besides the files: null values are left to the service's defaults. */
    public record Settings(Path termbase, Path profile, Path suppressions, String targetLanguage) {
    }

    /** What the service's run came to, for this client: its summary (after the baseline) and what it took from the cache. */
    public record Answer(QaSummary summary, CacheUse cacheUse) {
    }

    /**
     * Checks the files in the service and replays the run to {@code listeners} as an in-process run
     * would: the checks that ran, every unit and finding in report order, unreadable files in their
     * place, then the summary, with the files named as given here (the service names them by their
     * real paths). So the report writers here write what they would have written for a run here.
     *
     * @param files    XLIFF files (directories expanded already, as the front ends do)
     * @param baseline the findings accepted for now, or null: the service does not take one, so it
     *                 is applied here, to the findings the service did not suppress (as the engine does)
     * @throws RemoteException when the service refused the request (its one-line reason) or broke off;
     *                         nothing has reached the listeners then
     */
    public Answer run(List<Path> files, Settings settings, Baseline baseline, List<ReportListener> listeners)
            throws RemoteException {
        Map<String, String> asGiven = new HashMap<>();
        List<String> sent = new ArrayList<>();
        for (Path file : files) {
            String real = realPath(file);
            asGiven.putIfAbsent(real, file.toString());
            sent.add(real);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("paths", sent);
        put(body, "termbase", settings.termbase());
        put(body, "profile", settings.profile());
        put(body, "suppressions", settings.suppressions());
        if (settings.targetLanguage() != null) {
            body.put("targetLang", settings.targetLanguage());
        }
        WireResult result = post("v1/check-files", body);
        // Its answer came after its warm-up: a client that keeps this service (qa --watch) waits no more.
        warming = List.of();
        QaSummary summary = replay(result, f -> asGiven.getOrDefault(f, f), baseline, listeners);
        for (ReportListener l : listeners) {
            try {
                l.finished(summary);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write report", e);
            }
        }
        return new Answer(summary, result.cacheUse());
    }

    /** The run's events to the listeners, in the order the service's engine gave them; the summary of what they got. */
    private static QaSummary replay(WireResult result, UnaryOperator<String> name, Baseline baseline,
                                    List<ReportListener> listeners) {
        Map<String, CheckDefinition> known = new HashMap<>();
        CheckRegistry.all().forEach(d -> known.put(d.id(), d));
        // A check this client does not know (a newer service) still reaches the reports through its findings.
        List<CheckDefinition> running = result.checks().stream().map(known::get).filter(Objects::nonNull).toList();
        listeners.forEach(l -> l.started(running));
        FindingCounts counts = new FindingCounts();
        List<WireUnit> units = result.units();
        List<WireResult.WireProblem> problems = result.unreadable();
        List<WireFinding> findings = result.findings();
        int u = 0;
        int p = 0;
        for (int i = 0; i <= findings.size(); i++) {
            for (; u < units.size() && units.get(u).at() <= i; u++) {
                TranslationUnit unit = units.get(u).unit(name.apply(units.get(u).file()));
                listeners.forEach(l -> l.unit(unit));
            }
            for (; p < problems.size() && problems.get(p).at() <= i; p++) {
                WireResult.WireProblem problem = problems.get(p);
                InputException e = new InputException(Path.of(name.apply(problem.file())), problem.line(),
                        problem.column(), problem.message());
                listeners.forEach(l -> l.unreadable(e));
            }
            if (i < findings.size()) {
                Finding f = withBaseline(findings.get(i).finding(name.apply(findings.get(i).file())), baseline);
                counts.add(f);
                listeners.forEach(l -> l.finding(f));
            }
        }
        return counts.summary(result.summary().files(), result.summary().units());
    }

    /** The engine filters unit findings only: a file that could not be read is never accepted for now. */
    private static Finding withBaseline(Finding f, Baseline baseline) {
        if (baseline == null || f.isSuppressed() || FileCheck.WHOLE_FILE.equals(f.unit())) {
            return f;
        }
        String reason = baseline.reason(f);
        return reason == null ? f : f.suppressedBecause(reason);
    }

    /** The service names files by their real paths (it follows links to check where they point). */
    private static String realPath(Path file) {
        try {
            return file.toRealPath().toString();
        } catch (IOException e) {
            return file.toAbsolutePath().toString();
        }
    }

    private static void put(Map<String, Object> body, String name, Path path) {
        if (path != null) {
            body.put(name, path.toAbsolutePath().toString());
        }
    }

    private WireResult post(String endpoint, Object body) throws RemoteException {
        try {
            HttpRequest request = HttpRequest.newBuilder(base.resolve(endpoint)).timeout(timeout)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))).build();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                JsonNode error = JSON.readTree(response.body());
                throw new RemoteException(error.path("error").asText("HTTP " + response.statusCode()));
            }
            return JSON.readValue(response.body(), WireResult.class);
        } catch (IOException e) {
            throw new RemoteException("the service at " + base + " broke off: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RemoteException("interrupted");
        }
    }

    /** The service said no (its one-line reason), or could not be reached. */
    public static final class RemoteException extends Exception {
        public RemoteException(String message) {
            super(message);
        }
    }
}
