package org.passerelle.qa.languagetool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ProofCacheTest {
    private static final List<ProofMatch> MATCHES = List.of(
            new ProofMatch("FR_SPELLING_RULE", true, 4, 10, "Faute de frappe possible", List.of("délégation")));

    @Test
    void storedResultsAnswerWithoutLanguageTool() {
        ProofCache first = ProofCache.inMemory();
        AtomicInteger computed = new AtomicInteger();
        first.computeIfAbsent("fr|all|Une délagation", k -> {
            computed.incrementAndGet();
            return MATCHES;
        });
        ProofCache second = ProofCache.of(first.toStore(10));
        assertEquals(MATCHES, second.computeIfAbsent("fr|all|Une délagation", k -> {
            computed.incrementAndGet();
            return List.of();
        }));
        assertEquals(1, computed.get(), "the second run did not call LanguageTool");
        assertEquals("LanguageTool not started: all 1 texts answered from the cache", second.stats().line());
    }

    @Test
    void statsCountWhatLanguageToolChecked() {
        ProofCache cache = ProofCache.of(Map.of("fr|all|a", List.of()));
        cache.get("fr|all|a");
        cache.put("en-GB|all|b", MATCHES);
        cache.put("en-GB|all|c", List.of());
        assertNull(cache.get("fr|all|z"));
        assertEquals("LanguageTool checked 2 new texts (en-GB 2); 1 answered from the cache", cache.stats().line());
    }

    @Test
    void aFullCacheKeepsWhatTheRunUsed() {
        ProofCache cache = ProofCache.of(Map.of("fr|all|old1", List.of(), "fr|all|old2", List.of(), "fr|all|old3", List.of()));
        cache.put("fr|all|new", MATCHES);
        cache.get("fr|all|old2");
        Map<String, List<ProofMatch>> kept = cache.toStore(2);
        assertEquals(Map.of("fr|all|new", MATCHES, "fr|all|old2", List.of()), kept);
    }

    @Test
    void tellsWhetherALanguageAndRuleSetIsNewToIt() {
        ProofCache cache = ProofCache.of(Map.of("fr|all|Une délagation", MATCHES));
        assertTrue(cache.holdsAny("fr|all"));
        assertFalse(cache.holdsAny("fr|spelling"), "another rule set: its texts all need LanguageTool");
        assertFalse(cache.holdsAny("en-GB|all"));
        cache.put("en-GB|all|A delegation", List.of());
        assertTrue(cache.holdsAny("en-GB|all"), "a result LanguageTool just gave counts too");
    }
}
