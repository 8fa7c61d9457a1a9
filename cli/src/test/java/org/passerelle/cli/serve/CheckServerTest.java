package org.passerelle.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.qa.QaCache;
import org.passerelle.qa.QaEngine;
import org.passerelle.qa.remote.WireCollector;

/** The service on a free port, called over real HTTP with the JDK's client, with real LanguageTool. */
class CheckServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FORBIDDEN = "{\"sourceLang\":\"fr-FR\",\"targetLang\":\"en-GB\","
            + "\"source\":\"La situation en Mer Orientale est calme.\","
            + "\"target\":\"The situation in the South China Sea is calm.\"}";

    @TempDir
    static Path root;
    static Path outside;
    static CheckServer server;
    static URI base;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        Files.copy(Path.of("../samples/termbase.tbx"), root.resolve("termbase.tbx"));
        Files.createDirectories(root.resolve("xliff"));
        Files.copy(Path.of("../samples/translations/003_29974663294a4e55.en.xlf"), root.resolve("xliff/003.en.xlf"));
        outside = Files.createTempDirectory("passerelle-outside");
        Files.copy(Path.of("../samples/translations/000_78e9962cff1393cc.en.xlf"), outside.resolve("000.en.xlf"));
        CheckService service = new CheckService(new AllowedPaths(List.of(root)),
                new CheckService.Defaults(root.resolve("termbase.tbx").toRealPath(), null, null, null), QaCache.inMemory());
        server = new CheckServer(service, "127.0.0.1", 0, 64 * 1024, Duration.ofSeconds(240));
        base = URI.create("http://127.0.0.1:" + server.start() + "/");
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static HttpResponse<String> post(String endpoint, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(base.resolve(endpoint)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** An answer without what the cache saved, which differs from one request to the next; what was found must not. */
    private static JsonNode found(String answer) throws Exception {
        ObjectNode json = (ObjectNode) JSON.readTree(answer);
        json.remove("cacheUse");
        return json;
    }

    private static JsonNode error(HttpResponse<String> response, int status) throws Exception {
        assertEquals(status, response.statusCode(), response.body());
        JsonNode json = JSON.readTree(response.body());
        assertFalse(json.path("error").asText().contains("\n"), "one line: " + response.body());
        return json.get("error");
    }

    @Test
    void healthAndVersion() throws Exception {
        HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(base.resolve("v1/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode());
        assertEquals("ok", JSON.readTree(health.body()).get("status").asText());
        JsonNode version = JSON.readTree(HTTP.send(HttpRequest.newBuilder(base.resolve("v1/version")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        assertEquals("passerelle", version.get("name").asText());
    }

    @Test
    void oneUnitGetsTheTermbaseAndLanguageToolFindings() throws Exception {
        HttpResponse<String> response = post("v1/check", FORBIDDEN);
        assertEquals(200, response.statusCode(), response.body());
        JsonNode findings = JSON.readTree(response.body()).get("findings");
        List<String> checks = new ArrayList<>();
        findings.forEach(f -> checks.add(f.get("check").asText() + " " + f.get("severity").asText()));
        assertTrue(checks.contains("term.forbidden error"), checks.toString());
        assertEquals(1, JSON.readTree(response.body()).at("/summary/units").asInt());
    }

    @Test
    void badRequestsGetA4xxWithOneLine() throws Exception {
        assertTrue(error(post("v1/check", "{\"sourceLang\": \"fr-FR\", "), 400).asText().startsWith("malformed JSON"));
        assertTrue(error(post("v1/check", FORBIDDEN.replace("en-GB", "xx-YY")), 400).asText()
                .startsWith("targetLang: unknown language 'xx-YY'"));
        assertEquals("unknown field 'sourceLanguage'", error(post("v1/check", FORBIDDEN.replace("sourceLang", "sourceLanguage")), 400).asText());
        for (int size : new int[] {70_000, 900_000}) {
            // a client still uploading when the answer comes must read the 413, not a reset connection
            assertTrue(error(post("v1/check", "{\"sourceLang\":\"fr\",\"targetLang\":\"en\",\"source\":\""
                    + "a".repeat(size) + "\",\"target\":\"b\"}"), 413).asText().contains("limit"), "body of " + size);
        }
        assertEquals(404, post("v1/nothing", "{}").statusCode());
        assertEquals(405, HTTP.send(HttpRequest.newBuilder(base.resolve("v1/check")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void filesOutsideTheRootsAreNeverRead() throws Exception {
        String outsideFile = outside.resolve("000.en.xlf").toString();
        assertTrue(error(post("v1/check-files", "{\"paths\":[" + JSON.writeValueAsString(outsideFile) + "]}"), 403)
                .asText().contains("is outside the directories this service may read"));
        Path link = root.resolve("xliff-link");
        Files.createSymbolicLink(link, outside);
        try {
            String viaLink = link.resolve("000.en.xlf").toString();
            error(post("v1/check-files", "{\"paths\":[" + JSON.writeValueAsString(viaLink) + "]}"), 403);
            HttpResponse<String> wholeRoot = post("v1/check-files", "{\"paths\":[" + JSON.writeValueAsString(root.toString()) + "]}");
            assertEquals(200, wholeRoot.statusCode(), wholeRoot.body());
            assertFalse(wholeRoot.body().contains("000.en.xlf"), "a linked directory is not followed out of the root");
        } finally {
            Files.delete(link);
        }
        assertTrue(error(post("v1/check", FORBIDDEN.replace("}", ",\"termbase\":" + JSON.writeValueAsString(
                outside.resolve("x.tbx").toString()) + "}")), 404).asText().endsWith("no such file"));
    }

    @Test
    void filesAreCheckedAsInProcess() throws Exception {
        Path file = root.resolve("xliff/003.en.xlf");
        HttpResponse<String> response = post("v1/check-files", "{\"paths\":[" + JSON.writeValueAsString(file.toString()) + "]}");
        assertEquals(200, response.statusCode(), response.body());
        WireCollector local = new WireCollector();
        QaEngine.builder().termbase(root.resolve("termbase.tbx")).build().run(List.of(file.toRealPath()), List.of(local));
        assertEquals(found(JSON.writeValueAsString(local.result(null))), found(response.body()));
    }

    @Test
    void twentyConcurrentClientsGetTheSingleClientAnswer() throws Exception {
        List<String> bodies = List.of(FORBIDDEN, FORBIDDEN.replace("calm", "clam"),
                FORBIDDEN.replace("The situation in the South China Sea", "The sitaution in the East Sea"));
        List<JsonNode> single = new ArrayList<>();
        for (String body : bodies) {
            single.add(found(post("v1/check", body).body()));
        }
        ExecutorService clients = Executors.newFixedThreadPool(20);
        try {
            List<Future<Boolean>> answers = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int n = i % bodies.size();
                answers.add(clients.submit(() -> single.get(n).equals(found(post("v1/check", bodies.get(n)).body()))));
            }
            for (Future<Boolean> answer : answers) {
                assertTrue(answer.get());
            }
        } finally {
            clients.shutdownNow();
        }
    }
}
