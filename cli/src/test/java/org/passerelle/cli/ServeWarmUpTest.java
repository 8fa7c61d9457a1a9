package org.passerelle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.cli.serve.AllowedPaths;
import org.passerelle.cli.serve.CheckServer;
import org.passerelle.cli.serve.CheckService;
import org.passerelle.qa.QaCache;

/**
 * A service asked while it is still starting LanguageTool: the client waits for it (one line says
 * so) instead of running into the service's time limit and checking a second time in its own process.
 */
class ServeWarmUpTest {
    /** Far shorter than LanguageTool's start, long enough for one unit once it has started. */
    private static final Duration TIMEOUT = Duration.ofSeconds(3);
    /** In a variant no other test starts, so this service's warm-up is the JVM's first start of it. */
    private static final String XLIFF = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
            <file original="treaty.html" source-language="fr-FR" target-language="en-NZ" datatype="html"><body>
            <trans-unit id="body-1"><source>Le traité a été signé en 1982.</source>
            <target>The treaty was signed in 1928.</target></trans-unit>
            </body></file></xliff>
            """;

    @TempDir
    Path root;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void aClientThatComesDuringTheWarmUpWaitsForItAndIsCheckedOnce() throws Exception {
        Path xlf = Files.writeString(root.resolve("treaty.en.xlf"), XLIFF);
        CheckService service = new CheckService(new AllowedPaths(List.of(root)),
                new CheckService.Defaults(null, null, null, null), QaCache.inMemory());
        service.warmUp(List.of("fr-FR", "en-NZ"));
        try (CheckServer server = new CheckServer(service, "127.0.0.1", 0, 1 << 20, TIMEOUT)) {
            String url = "http://127.0.0.1:" + server.start() + "/";
            assertTrue(warming(url).contains("en-NZ"), "the service says it is warming: " + warming(url));

            CommandLineTest.Result there = CommandLineTest.run("qa", xlf.toString(), "--server", url, "--no-cache");
            List<String> err = there.err().lines().toList();
            assertEquals(1, err.size(), "one line, and no second check here: " + err);
            assertTrue(err.get(0).startsWith("passerelle: the service at " + url + " is still starting LanguageTool ("),
                    err.get(0));
            assertTrue(err.get(0).contains("en-NZ") && err.get(0).endsWith("); waiting for it"), err.get(0));
            assertEquals(List.of(), warming(url), "warm once the check is answered");

            CommandLineTest.Result here = CommandLineTest.run("qa", xlf.toString(), "--server", "off", "--no-cache");
            assertEquals(1, here.code(), here.out() + here.err());
            assertTrue(here.out().contains("number.mismatch: '1928'"), here.out());
            assertEquals(here.code(), there.code());
            assertEquals(here.out(), there.out());
        }
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void aWatchStartedDuringTheWarmUpWaitsOnceAndChecksEverySaveInTheService() throws Exception {
        Path xlf = Files.writeString(root.resolve("treaty.en.xlf"), XLIFF.replace("en-NZ", "en-AU"));
        CheckService service = new CheckService(new AllowedPaths(List.of(root)),
                new CheckService.Defaults(null, null, null, null), QaCache.inMemory());
        service.warmUp(List.of("fr-FR", "en-AU"));
        try (CheckServer server = new CheckServer(service, "127.0.0.1", 0, 1 << 20, TIMEOUT)) {
            String url = "http://127.0.0.1:" + server.start() + "/";
            assertTrue(warming(url).contains("en-AU"), "the service says it is warming: " + warming(url));
            try (QaWatchTest.Watching watching = new QaWatchTest.Watching(root, "--server", url)) {
                List<String> first = watching.until("watching 1 file(s)");
                assertTrue(first.get(first.size() - 1).endsWith(", checked in the service at " + url + ", Ctrl-C stops"),
                        first + "; stderr: " + watching.err());
                Files.writeString(xlf, Files.readString(xlf).replace("in 1928", "in 1982"));
                List<String> fixed = watching.until(" saved, checked in ");
                assertTrue(fixed.get(fixed.size() - 1).contains(": 0 new, 1 fixed; "), fixed.toString());
                List<String> err = watching.err().lines().toList();
                assertEquals(1, err.size(), "the wait is said once, and every check is the service's: " + err);
                assertTrue(err.get(0).contains("is still starting LanguageTool (") && err.get(0).contains("en-AU"),
                        err.get(0));
            }
        }
    }

    private static List<String> warming(String url) throws Exception {
        HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url + "v1/health"))
                .build(), HttpResponse.BodyHandlers.ofString());
        JsonNode json = new ObjectMapper().readTree(health.body());
        List<String> languages = new ArrayList<>();
        json.path("warmingUp").forEach(l -> languages.add(l.asText()));
        return languages;
    }
}
