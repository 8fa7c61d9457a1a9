package org.passerelle.qa.languagetool;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * LanguageTool results keyed by language, rule set and text, remembering which were used and which
 * LanguageTool had to check since it was made (what a run's log line reports). Kept on disk by the
 * engine's {@code QaCache}.
 */
public final class ProofCache {
    private final Map<String, List<ProofMatch>> results = new ConcurrentHashMap<>();
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    private final Set<String> unsettled = ConcurrentHashMap.newKeySet();
    private final Map<String, Integer> checked = new ConcurrentHashMap<>();
    /** "fr|all": the LanguageTool codes and rule sets of the results held. */
    private final Set<String> rulesets = ConcurrentHashMap.newKeySet();
    private volatile boolean changed;

    private ProofCache() {
    }

    public static ProofCache inMemory() {
        return new ProofCache();
    }

    /** A cache holding results stored earlier. */
    public static ProofCache of(Map<String, List<ProofMatch>> stored) {
        ProofCache cache = new ProofCache();
        cache.results.putAll(stored);
        stored.keySet().forEach(cache::noteRuleset);
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
        unsettled.add(key);
        noteRuleset(key);
        used.add(key);
        checked.merge(key.substring(0, key.indexOf('|')), 1, Integer::sum);
        changed = true;
        return result;
    }

    /**
     * Lets go of what the results put since the last call would need to decide their undecided
     * matches ({@link ProofMatch#settled}); a run calls it when its checks are done. A match asked
     * about later is decided by LanguageTool checking its text again.
     */
    public void settle() {
        for (String key : List.copyOf(unsettled)) {
            unsettled.remove(key);
            results.computeIfPresent(key, (k, v) -> v.stream().map(ProofMatch::settled).toList());
        }
    }

    /**
     * True when some result of this LanguageTool code and rule set is held ({@code "fr|all"}); when
     * none is, every text of that language will need LanguageTool.
     */
    boolean holdsAny(String ruleset) {
        return rulesets.contains(ruleset);
    }

    private void noteRuleset(String key) {
        int second = key.indexOf('|', key.indexOf('|') + 1);
        if (second > 0) {
            rulesets.add(key.substring(0, second));
        }
    }

    /** What LanguageTool was asked since this cache was made: texts checked per code, texts answered from the cache. */
    public ProofStats stats() {
        int fresh = checked.values().stream().mapToInt(Integer::intValue).sum();
        return new ProofStats(new TreeMap<>(checked), used.size() - fresh);
    }

    public int size() {
        return results.size();
    }

    /** True when results were added since the last {@link #toStore}. */
    public boolean changed() {
        return changed;
    }

    /**
     * The results to write back: all of them, or when there are more than {@code max}, those this
     * run used first, so that a cache shared by many projects stays bounded and keeps what is current.
     */
    public Map<String, List<ProofMatch>> toStore(int max) {
        changed = false;
        Map<String, List<ProofMatch>> kept = new HashMap<>();
        if (results.size() <= max) {
            kept.putAll(results);
        } else {
            used.forEach(k -> kept.put(k, results.get(k)));
            for (Map.Entry<String, List<ProofMatch>> e : results.entrySet()) {
                if (kept.size() >= max) {
                    break;
                }
                kept.putIfAbsent(e.getKey(), e.getValue());
            }
        }
        // A match LanguageTool is known to drop for its neighbour is no result.
        kept.replaceAll((k, v) -> v.stream().anyMatch(ProofMatch::knownDropped)
                ? v.stream().filter(m -> !m.knownDropped()).toList() : v);
        return kept;
    }
}
