package org.passerelle.qa.remote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.passerelle.core.InputException;
import org.passerelle.qa.QaSummary;
import org.passerelle.qa.ReportListener;

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
            return health.statusCode() == 200 ? Optional.of(remote) : Optional.empty();
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

    /** What a files request says besides the files: null values are left to the service's defaults. */
    public record Settings(Path termbase, Path profile, Path suppressions, String targetLanguage, Path reportDir,
                           List<String> formats) {
    }

    /**
     * Checks the files in the service and replays its findings to {@code listeners} (findings,
     * unreadable files, the summary; reports the service wrote itself, into {@code reportDir}).
     *
     * @throws RemoteException when the service refused the request (its one-line reason) or broke off
     */
    public QaSummary run(List<Path> paths, Settings settings, List<ReportListener> listeners) throws RemoteException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("paths", paths.stream().map(p -> p.toAbsolutePath().toString()).toList());
        put(body, "termbase", settings.termbase());
        put(body, "profile", settings.profile());
        put(body, "suppressions", settings.suppressions());
        put(body, "report", settings.reportDir());
        if (settings.targetLanguage() != null) {
            body.put("targetLang", settings.targetLanguage());
        }
        if (settings.formats() != null) {
            body.put("formats", settings.formats());
        }
        WireResult result = post("v1/check-files", body);
        for (WireResult.WireProblem p : result.unreadable()) {
            InputException e = new InputException(Path.of(p.file()), p.line(), p.column(), p.message());
            listeners.forEach(l -> l.unreadable(e));
        }
        for (WireFinding f : result.findings()) {
            listeners.forEach(l -> l.finding(f.finding()));
        }
        for (ReportListener l : listeners) {
            try {
                l.finished(result.summary());
            } catch (IOException e) {
                throw new RemoteException("cannot write report: " + e.getMessage());
            }
        }
        return result.summary();
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
