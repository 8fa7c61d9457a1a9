package org.passerelle.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.core.AtomicFile;

class CacheStateTest {
    @TempDir
    Path dir;

    @Test
    void tellsAFreshCacheFromAReusedAndAnUpdatedOne() throws Exception {
        Path cache = dir.resolve("lt-cache.json");
        CacheState none = CacheState.of(cache);
        assertNull(CacheState.describe(none, CacheState.of(cache), cache), "no LanguageTool check ran: say nothing");

        AtomicFile.writeString(cache, "{\"version\":\"x\",\"results\":{}}");
        CacheState written = CacheState.of(cache);
        assertEquals("LanguageTool results cached in " + cache, CacheState.describe(none, written, cache));
        assertEquals("LanguageTool results reused from " + cache + " (no new text to check)",
                CacheState.describe(written, CacheState.of(cache), cache));

        // the engine saves the cache atomically (a new file) whenever it asked LanguageTool something new
        AtomicFile.writeString(cache, "{\"version\":\"x\",\"results\":{\"en|spelling|New text.\":[]}}");
        assertEquals("LanguageTool cache " + cache + " updated with the text that changed",
                CacheState.describe(written, CacheState.of(cache), cache));
        Files.delete(cache);
    }
}
