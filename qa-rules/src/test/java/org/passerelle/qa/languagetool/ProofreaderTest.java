package org.passerelle.qa.languagetool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Suggestions left for later survive the cache: a later run that needs them asks LanguageTool again. */
class ProofreaderTest {
    private static final String TEXT = "La délagation du général Kartapolov est arrivée.";

    @Test
    void anUnknownWordStoredUndecidedGetsItsSuggestionsFromLanguageToolAgain() throws Exception {
        ProofCache first = ProofCache.inMemory();
        List<ProofMatch> checked = new Proofreader(true, null, first).check("fr-FR", TEXT);
        assertTrue(checked.stream().anyMatch(m -> m.spelling() && m.offset() == 3), "'délagation' is unknown");
        ObjectMapper json = new ObjectMapper();
        String stored = json.writeValueAsString(first.toStore(10));
        assertTrue(!stored.contains("délégation"),
                "nothing asked for the typo's suggestions, so none were searched for: " + stored);

        ProofCache second = ProofCache.of(json.readValue(stored, new TypeReference<Map<String, List<ProofMatch>>>() { }));
        ProofMatch typo = new Proofreader(true, null, second).check("fr-FR", TEXT).stream()
                .filter(m -> m.spelling() && m.offset() == 3).findFirst().orElseThrow();
        assertTrue(typo.kept());
        assertEquals("délégation", typo.suggestions().get(0));
        assertEquals("LanguageTool checked 1 new text (fr 1); 0 answered from the cache", second.stats().line(),
                "the text was checked again, and its result replaced the stored one");
    }
}
