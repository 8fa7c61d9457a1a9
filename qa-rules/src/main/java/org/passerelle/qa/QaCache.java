package org.passerelle.qa;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.languagetool.JLanguageTool;
import org.passerelle.core.AtomicFile;
import org.passerelle.qa.languagetool.OwnRules;
import org.passerelle.qa.languagetool.ProofCache;
import org.passerelle.qa.languagetool.ProofMatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a QA run keeps for the next one, in one JSON file: LanguageTool's results by text, and each
 * file's unit findings by the file's content and the run's settings ({@link RunFingerprint}). So a
 * re-run, or {@code publish} after {@code qa}, checks only files that changed and asks LanguageTool
 * only about text it has not seen. A file written by other versions of LanguageTool or Passerelle
 * is ignored, so an upgrade never serves stale results; a damaged one only costs time.
 */
public final class QaCache {
    private static final Logger LOG = LoggerFactory.getLogger(QaCache.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VERSION = "lt-" + JLanguageTool.VERSION + "/passerelle-" + ToolVersion.get() + "/3/"
            + OwnRules.digest();
    /** Enough for a desk's texts for years; past it, what the current run used is kept first. */
    private static final int MAX_TEXTS = 200_000;
    private static final int MAX_FILES = 5_000;
    /** Parsed files kept in memory: a watched project's or a service's working set, not a desk's archive. */
    private static final int MAX_PARSED = 500;

    private final Path file;
    private final ProofCache proofs;
    private final Map<String, List<List<CachedFinding>>> files = new ConcurrentHashMap<>();
    private final Set<String> usedFiles = ConcurrentHashMap.newKeySet();
    private volatile boolean filesChanged;
    private final Map<String, FileRead> parsed = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, FileRead> eldest) {
            return size() > MAX_PARSED;
        }
    });

    private QaCache(Path file, ProofCache proofs) {
        this.file = file;
        this.proofs = proofs;
    }

    public static QaCache inMemory() {
        return new QaCache(null, ProofCache.inMemory());
    }

    /** A cache loaded from {@code file} if it exists and was written by the same versions. */
    public static QaCache onDisk(Path file) {
        if (Files.isRegularFile(file)) {
            try {
                Stored stored = JSON.readValue(file.toFile(), new TypeReference<Stored>() { });
                if (VERSION.equals(stored.version())) {
                    QaCache cache = new QaCache(file, ProofCache.of(orEmpty(stored.languageTool())));
                    cache.files.putAll(orEmpty(stored.files()));
                    return cache;
                }
            } catch (IOException e) {
                LOG.warn("ignoring unreadable QA cache {}: {}", file, e.getMessage());
            }
        }
        return new QaCache(file, ProofCache.inMemory());
    }

    private static <K, V> Map<K, V> orEmpty(Map<K, V> map) {
        return map == null ? Map.of() : map;
    }

    /**
     * A file this cache's process read before with the same bytes, name and run settings (its
     * {@link FileRead#cacheKey}), or null: an engine kept running ({@code qa --watch}, a service)
     * parses only the files that changed. Never saved: parsing is cheap next to a process start.
     */
    FileRead parsed(String key) {
        return parsed.get(key);
    }

    void parsed(FileRead read) {
        parsed.put(read.cacheKey(), read);
    }

    public ProofCache proofs() {
        return proofs;
    }

    /** The unit findings of a file by its key, one list per unit in file order; null when not cached. */
    List<List<CachedFinding>> findings(String fileKey) {
        List<List<CachedFinding>> hit = files.get(fileKey);
        if (hit != null) {
            usedFiles.add(fileKey);
        }
        return hit;
    }

    /** True when the findings of a file with this key are held (without counting it as used). */
    boolean holdsFindings(String fileKey) {
        return files.containsKey(fileKey);
    }

    void remember(String fileKey, List<List<CachedFinding>> findings) {
        files.put(fileKey, findings);
        usedFiles.add(fileKey);
        filesChanged = true;
    }

    /** Writes the cache back (atomically) when it is on disk and something was added. */
    public void save() throws IOException {
        if (file == null || !proofs.changed() && !filesChanged) {
            return;
        }
        Map<String, List<List<CachedFinding>>> keptFiles = new HashMap<>();
        usedFiles.forEach(k -> keptFiles.put(k, files.get(k)));
        files.forEach((k, v) -> {
            if (keptFiles.size() < MAX_FILES) {
                keptFiles.putIfAbsent(k, v);
            }
        });
        Stored stored = new Stored(VERSION, proofs.toStore(MAX_TEXTS), keptFiles);
        filesChanged = false;
        AtomicFile.write(file, out -> JSON.writeValue(out, stored));
    }

    record Stored(String version, Map<String, List<ProofMatch>> languageTool,
                  Map<String, List<List<CachedFinding>>> files) {
    }
}
