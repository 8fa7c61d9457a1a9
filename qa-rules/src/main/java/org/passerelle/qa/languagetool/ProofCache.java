package org.passerelle.qa.languagetool;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.languagetool.JLanguageTool;
import org.passerelle.core.AtomicFile;
import org.passerelle.qa.ToolVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * LanguageTool results keyed by language, rule set and text. On disk it is one JSON file that
 * also records the LanguageTool and Passerelle versions: a file written by other versions is
 * ignored, so an upgrade never serves stale matches.
 */
public final class ProofCache {
    private static final Logger LOG = LoggerFactory.getLogger(ProofCache.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VERSION = "lt-" + JLanguageTool.VERSION + "/passerelle-" + ToolVersion.get();

    private final Map<String, List<ProofMatch>> results = new ConcurrentHashMap<>();
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    private final Map<String, Integer> checked = new ConcurrentHashMap<>();
    private final Path file;
    private volatile boolean changed;

    private ProofCache(Path file) {
        this.file = file;
    }

    public static ProofCache inMemory() {
        return new ProofCache(null);
    }

    /** A cache loaded from {@code file} if it exists and was written by the same versions. */
    public static ProofCache onDisk(Path file) {
        ProofCache cache = new ProofCache(file);
        if (Files.isRegularFile(file)) {
            try {
                Stored stored = JSON.readValue(file.toFile(), new TypeReference<Stored>() { });
                if (VERSION.equals(stored.version()) && stored.results() != null) {
                    cache.results.putAll(stored.results());
                }
            } catch (IOException e) {
                // A damaged cache only costs time: start empty and overwrite it on save.
                LOG.warn("ignoring unreadable LanguageTool cache {}: {}", file, e.getMessage());
            }
        }
        return cache;
    }

    List<ProofMatch> computeIfAbsent(String key, Function<String, List<ProofMatch>> compute) {
        List<ProofMatch> hit = get(key);
        return hit != null ? hit : put(key, compute.apply(key));
    }

    /** The result remembered for {@code key}, or null. */
    List<ProofMatch> get(String key) {
        List<ProofMatch> hit = results.get(key);
        if (hit != null) {
            used.add(key);
        }
        return hit;
    }

    /** Remembers a result LanguageTool just gave, and returns it. */
    List<ProofMatch> put(String key, List<ProofMatch> result) {
        results.put(key, result);
        used.add(key);
        checked.merge(key.substring(0, key.indexOf('|')), 1, Integer::sum);
        changed = true;
        return result;
    }

    /** What LanguageTool was asked since this cache was loaded: texts checked per code, texts answered from the cache. */
    public ProofStats stats() {
        int fresh = checked.values().stream().mapToInt(Integer::intValue).sum();
        return new ProofStats(new TreeMap<>(checked), used.size() - fresh);
    }

    public int size() {
        return results.size();
    }

    /** Writes the cache back (atomically) when it is on disk and something was added. */
    public void save() throws IOException {
        if (file == null || !changed) {
            return;
        }
        Stored stored = new Stored(VERSION, Map.copyOf(results));
        AtomicFile.write(file, out -> JSON.writeValue(out, stored));
        changed = false;
    }

    record Stored(String version, Map<String, List<ProofMatch>> results) {
    }
}
