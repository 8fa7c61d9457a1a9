package org.passerelle.qa.languagetool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProofCacheTest {
    @TempDir
    Path dir;

    private static final List<ProofMatch> MATCHES = List.of(
            new ProofMatch("FR_SPELLING_RULE", true, 4, 10, "Faute de frappe possible", List.of("délégation")));

    @Test
    void resultsSurviveARestart() throws Exception {
        Path file = dir.resolve("lt-cache.json");
        ProofCache first = ProofCache.onDisk(file);
        AtomicInteger computed = new AtomicInteger();
        first.computeIfAbsent("fr|all|Une délagation", k -> {
            computed.incrementAndGet();
            return MATCHES;
        });
        first.save();
        ProofCache second = ProofCache.onDisk(file);
        assertEquals(MATCHES, second.computeIfAbsent("fr|all|Une délagation", k -> {
            computed.incrementAndGet();
            return List.of();
        }));
        assertEquals(1, computed.get(), "the second run did not call LanguageTool");
    }

    @Test
    void cacheOfAnotherVersionOrDamagedIsIgnored() throws Exception {
        Path other = Files.writeString(dir.resolve("old.json"),
                "{\"version\":\"lt-5.0/passerelle-0.0\",\"results\":{\"fr|all|x\":[]}}");
        assertEquals(0, ProofCache.onDisk(other).size());
        Path damaged = Files.writeString(dir.resolve("bad.json"), "{\"version\": ");
        ProofCache cache = ProofCache.onDisk(damaged);
        assertEquals(0, cache.size());
        cache.computeIfAbsent("en-GB|all|x", k -> MATCHES);
        cache.save();
        assertTrue(Files.readString(damaged).contains("en-GB|all|x"), "rewritten whole");
    }
}
