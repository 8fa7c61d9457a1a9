package org.passerelle.qa;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.passerelle.xliff.TranslationUnit;

/**
 * The unit findings one run takes from the {@link QaCache} instead of checking: those of every file
 * whose key (content and settings) is cached. Its units are checked only by the run-wide checks,
 * which need every unit of the run; the files that were checked are remembered for the next run.
 */
final class FindingsReuse {
    private final QaCache cache;
    private final Suppressions suppressions;
    private final List<FileRead> files;
    private final Map<TranslationUnit, List<CachedFinding>> restored = new IdentityHashMap<>();
    private int filesReused;

    FindingsReuse(QaCache cache, Suppressions suppressions, List<FileRead> files) {
        this.cache = cache;
        this.suppressions = suppressions;
        this.files = files;
        for (FileRead file : files) {
            List<List<CachedFinding>> hit = file.cacheKey() == null ? null : cache.findings(file.cacheKey());
            if (hit != null && hit.size() == file.units().size()) {
                for (int i = 0; i < hit.size(); i++) {
                    restored.put(file.units().get(i), hit.get(i));
                }
                filesReused++;
            }
        }
    }

    /** True when the unit must be checked (its file was not cached). */
    boolean fresh(TranslationUnit unit) {
        return !restored.containsKey(unit);
    }

    int filesReused() {
        return filesReused;
    }

    /**
     * Remembers the unit findings of the checked files (before the run-wide findings are added),
     * then adds the cached files' findings, with the suppressions of this run.
     */
    void complete(Map<TranslationUnit, List<Finding>> byUnit) {
        for (FileRead file : files) {
            if (file.cacheKey() != null && !file.units().isEmpty() && fresh(file.units().get(0))) {
                cache.remember(file.cacheKey(), file.units().stream()
                        .map(u -> byUnit.get(u).stream().map(CachedFinding::of).toList()).toList());
            }
        }
        restored.forEach((unit, findings) -> findings.forEach(f -> {
            Finding found = f.in(unit.file(), null);
            String reason = suppressions.reason(unit, found);
            byUnit.get(unit).add(reason == null ? found : found.suppressedBecause(reason));
        }));
    }
}
