package org.passerelle.qa.languagetool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What the cache stores of a match whose suggestions and survival were left for later. */
class ProofMatchTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, List<ProofMatch>>> STORED = new TypeReference<>() { };

    @Test
    void aMatchLeftForLaterIsDecidedOnceWhenFirstAsked() {
        AtomicInteger asked = new AtomicInteger();
        ProofMatch m = ProofMatch.later("FR_SPELLING_RULE", true, 3, 10, "Faute de frappe", () -> {
            asked.incrementAndGet();
            return Optional.of(List.of("délégation"));
        });
        assertEquals(0, asked.get());
        assertTrue(m.kept());
        assertEquals(List.of("délégation"), m.suggestions());
        assertEquals(1, asked.get(), "decided once");
    }

    @Test
    void theCacheStoresAnUndecidedMatchWithoutSuggestionsAndLeavesOutADroppedOne() throws Exception {
        ProofMatch undecided = ProofMatch.later("MORFOLOGIK_RULE_EN_GB", true, 0, 7, "Possible spelling mistake",
                () -> Optional.of(List.of("Cuong")));
        ProofMatch dropped = ProofMatch.later("MORFOLOGIK_RULE_EN_GB", true, 8, 5, "Possible spelling mistake",
                Optional::empty);
        assertFalse(dropped.kept());
        ProofCache cache = ProofCache.inMemory();
        cache.put("en-GB|all|Luong Cuong", List.of(undecided, dropped));
        String json = JSON.writeValueAsString(cache.toStore(10));
        assertFalse(json.contains("suggestions"), json);
        assertFalse(json.contains("\"offset\":8"), "the dropped match is no result: " + json);

        ProofMatch read = JSON.readValue(json, STORED).get("en-GB|all|Luong Cuong").get(0);
        assertTrue(read.undecided());
        assertEquals(List.of("Cuong"), read.decidedBy(() -> Optional.of(List.of("Cuong"))).suggestions());

        undecided.suggestions();
        assertTrue(JSON.writeValueAsString(cache.toStore(10)).contains("\"suggestions\":[\"Cuong\"]"),
                "once asked, the suggestions are stored");
    }

    @Test
    void aSettledCacheLetsGoOfWhatWouldDecideAMatchButKeepsWhatWasDecided() {
        AtomicInteger asked = new AtomicInteger();
        ProofMatch lazy = ProofMatch.later("FR_SPELLING_RULE", true, 0, 10, "Faute de frappe", () -> {
            asked.incrementAndGet();
            return Optional.of(List.of("délégation"));
        });
        ProofMatch asked1 = ProofMatch.later("FR_SPELLING_RULE", true, 20, 5, "Faute de frappe",
                () -> Optional.of(List.of("Hanoï")));
        asked1.suggestions();
        ProofCache cache = ProofCache.inMemory();
        cache.put("fr|all|t", List.of(lazy, asked1));
        cache.settle();
        List<ProofMatch> settled = cache.get("fr|all|t");
        assertTrue(settled.get(0).undecided(), "the lazy match no longer holds LanguageTool's");
        assertEquals(List.of("Hanoï"), settled.get(1).suggestions());
        assertEquals(0, asked.get(), "settling decides nothing");
    }
}
