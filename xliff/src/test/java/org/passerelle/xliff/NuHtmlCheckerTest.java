package org.passerelle.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every published page passes the Nu Html Checker (the W3C's HTML validator, nu.validator from
 * Maven Central) without an error or a warning, its language detection included. It runs in a JVM
 * of its own from target/nu-validator/ (see the pom: it needs another ICU4J than Okapi).
 */
class NuHtmlCheckerTest {

    private static final Path CHECKER = Path.of(System.getProperty("basedir", ".")).resolve("target/nu-validator");

    @TempDir
    Path tmp;

    @Test
    void everyPageOfTheSampleEditionIsValidHtml() throws Exception {
        assumeTrue(Files.isDirectory(CHECKER), "the Nu Html Checker is copied to target/nu-validator by the Maven build");
        SampleEdition.publish(tmp, PublishOptions.of(tmp, EnumSet.of(PublishFormat.HTML), true)
                .withBaseUrl("https://news.example/"));
        Edition withFallback = new Edition(PublishOptions.of(tmp.resolve("fallback"), EnumSet.of(PublishFormat.HTML), true));
        withFallback.add(SampleEdition.translation(SampleEdition.FAULTY, "en"));
        withFallback.write();
        List<Path> pages;
        try (Stream<Path> files = Files.walk(tmp)) {
            pages = files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
        assertEquals(14, pages.size(), pages.toString());

        List<String> problems = new ArrayList<>();
        for (JsonNode m : check(pages).path("messages")) {
            problems.add(m.path("url").asText() + ":" + m.path("lastLine").asInt() + ": " + m.path("type").asText()
                    + " " + m.path("subType").asText() + ": " + m.path("message").asText());
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private JsonNode check(List<Path> pages) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", CHECKER.toAbsolutePath() + "/*", "nu.validator.client.SimpleCommandLineValidator", "--format", "json"));
        pages.forEach(p -> command.add(p.toString()));
        Path report = tmp.resolve("nu-report.json");
        Process process = new ProcessBuilder(command).redirectError(report.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the checker finished");
        String json = Files.readString(report, StandardCharsets.UTF_8);
        return new ObjectMapper().readTree(json.substring(json.indexOf('{')));
    }
}
