package org.passerelle.qa.checks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;

/**
 * Groups occurrences by one text (a source, or a target) and finds, in each group, those whose
 * other text differs from the group's majority. Thread-safe while collecting; the result does
 * not depend on the order units were checked in.
 */
final class ConsistencyIndex {
    private final Map<String, Queue<Occurrence>> groups = new ConcurrentHashMap<>();

    void add(String key, Occurrence occurrence) {
        groups.computeIfAbsent(key, k -> new ConcurrentLinkedQueue<>()).add(occurrence);
    }

    /** Callback for one deviating occurrence with the majority occurrence it deviates from. */
    interface Deviation {
        void found(Occurrence deviant, Occurrence majority, int variants);
    }

    /** Callback for one occurrence of a group's majority variant, with the first occurrence of another variant. */
    interface Agreement {
        void found(Occurrence occurrence, Occurrence otherVariant, int variants);
    }

    /** Shared words over all words of the two texts (Jaccard), 0 to 1. */
    static double overlap(String a, String b) {
        Set<String> x = new HashSet<>(List.of(a.split("[^\\p{L}\\p{N}]+")));
        Set<String> y = new HashSet<>(List.of(b.split("[^\\p{L}\\p{N}]+")));
        Set<String> union = new HashSet<>(x);
        union.addAll(y);
        x.retainAll(y);
        return union.isEmpty() ? 1 : (double) x.size() / union.size();
    }

    void deviations(Function<Occurrence, String> varying, Deviation out) {
        deviations(varying, out, null);
    }

    /**
     * As {@link #deviations(Function, Deviation)}, and, when no variant is more common than every
     * other (a tie), each occurrence of the variant taken as majority to {@code majorityOut}, if not null.
     */
    void deviations(Function<Occurrence, String> varying, Deviation out, Agreement majorityOut) {
        for (Queue<Occurrence> queue : groups.values()) {
            List<Occurrence> group = new ArrayList<>(queue);
            group.sort(Occurrence.ORDER);
            Map<String, List<Occurrence>> byVariant = new LinkedHashMap<>();
            for (Occurrence o : group) {
                byVariant.computeIfAbsent(Occurrence.normalise(varying.apply(o)), k -> new ArrayList<>()).add(o);
            }
            if (byVariant.size() < 2) {
                continue;
            }
            // Majority wins; on a tie, the variant seen first in file order.
            List<Occurrence> majority = byVariant.values().stream()
                    .max(Comparator.<List<Occurrence>>comparingInt(List::size)
                            .thenComparing(l -> l.get(0), Occurrence.ORDER.reversed()))
                    .orElseThrow();
            Occurrence firstOther = null;
            for (List<Occurrence> variant : byVariant.values()) {
                if (variant != majority) {
                    variant.forEach(o -> out.found(o, majority.get(0), byVariant.size()));
                    if (firstOther == null) {
                        firstOther = variant.get(0);
                    }
                }
            }
            // Only a tie between two different translations leaves the "majority" unproven: then its
            // occurrences are reported too. Near-identical variants ("the the" in one) are a slip in
            // one of them, which the other checks name; the first in file order is taken as meant.
            String majorityText = Occurrence.normalise(varying.apply(majority.get(0)));
            boolean tie = byVariant.entrySet().stream().filter(e -> e.getValue() != majority)
                    .anyMatch(e -> e.getValue().size() == majority.size() && overlap(majorityText, e.getKey()) < 0.5);
            if (majorityOut != null && tie) {
                Occurrence other = firstOther;
                majority.forEach(o -> majorityOut.found(o, other, byVariant.size()));
            }
        }
    }
}
