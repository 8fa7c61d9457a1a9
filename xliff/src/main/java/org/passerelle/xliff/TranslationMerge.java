package org.passerelle.xliff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Carries the translations of a previous XLIFF file over to a freshly segmented article, so that
 * re-preparing never loses work: an unchanged sentence keeps its translation and state wherever
 * it moved; a sentence that was edited keeps the old translation, marked
 * {@code needs-review-translation}, with the previous source in a note; new sentences come
 * untranslated; sentences gone from the article are counted as removed. An edited paragraph
 * inherits the id of the previous paragraph it most resembles, so ids survive edits.
 */
final class TranslationMerge {

    static final String NEEDS_REVIEW = "needs-review-translation";
    static final String NEEDS_TRANSLATION = "needs-translation";
    private static final double SIMILAR = 0.5;

    /** What the merge did, with the units to write. */
    record Outcome(List<PreparedUnit> units, int kept, int toReview, int removed) {
    }

    /** A previous segment with a translation that may be reused once. */
    private static final class Old {
        final TranslationUnit unit;
        final SegmentPair segment;
        boolean used;

        Old(TranslationUnit unit, SegmentPair segment) {
            this.unit = unit;
            this.segment = segment;
        }
    }

    private TranslationMerge() {
    }

    static Outcome merge(List<PreparedUnit> drafts, List<TranslationUnit> previous) {
        if (previous.isEmpty()) {
            return new Outcome(drafts, 0, 0, 0);
        }
        Map<String, TranslationUnit> prevById = new LinkedHashMap<>();
        Map<String, List<Old>> oldByUnit = new HashMap<>();
        Map<String, Deque<Old>> oldBySource = new HashMap<>();
        for (TranslationUnit u : previous) {
            prevById.put(u.id(), u);
            List<Old> olds = new ArrayList<>();
            for (SegmentPair s : u.segments()) {
                if (s.target() != null && !s.target().isBlank()) {
                    Old o = new Old(u, s);
                    olds.add(o);
                    oldBySource.computeIfAbsent(UnitIds.normalise(s.source()), k -> new ArrayDeque<>()).add(o);
                }
            }
            oldByUnit.put(u.id(), olds);
        }

        // Pass 1: paragraphs that did not change keep their unit; pass 2: edited ones find the most similar.
        Map<PreparedUnit, TranslationUnit> matched = new HashMap<>();
        Set<String> taken = new HashSet<>();
        drafts.forEach(d -> taken.add(d.id()));
        Set<String> usedOld = new HashSet<>();
        for (PreparedUnit d : drafts) {
            TranslationUnit same = prevById.get(d.id());
            if (same != null) {
                matched.put(d, same);
                usedOld.add(same.id());
            }
        }
        for (PreparedUnit d : drafts) {
            if (matched.containsKey(d)) {
                continue;
            }
            TranslationUnit best = null;
            double bestScore = SIMILAR;
            for (TranslationUnit u : prevById.values()) {
                if (usedOld.contains(u.id()) || taken.contains(u.id())) {
                    continue;
                }
                double score = WordSimilarity.of(d.sourceText(), u.sourceText());
                if (score >= bestScore) {
                    best = u;
                    bestScore = score;
                }
            }
            if (best != null) {
                matched.put(d, best);
                usedOld.add(best.id());
                taken.add(best.id());
            }
        }

        int kept = 0;
        int toReview = 0;
        Set<String> newSources = new HashSet<>();
        List<PreparedUnit> out = new ArrayList<>();
        for (PreparedUnit d : drafts) {
            TranslationUnit prev = matched.get(d);
            List<Old> inUnit = prev == null ? List.of() : oldByUnit.getOrDefault(prev.id(), List.of());
            List<PreparedUnit.Segment> segments = new ArrayList<>();
            List<String> notes = new ArrayList<>(d.notes());
            int keptHere = 0;
            int reviewHere = 0;
            boolean allFromPrev = true;
            for (PreparedUnit.Segment s : d.segments()) {
                String key = UnitIds.normalise(s.source());
                newSources.add(key);
                Old exact = take(inUnit, key);
                if (exact == null) {
                    exact = take(oldBySource.getOrDefault(key, new ArrayDeque<>()));
                    allFromPrev = false;
                }
                if (exact != null) {
                    segments.add(new PreparedUnit.Segment(s.id(), s.source(), exact.segment.target()));
                    keptHere++;
                    continue;
                }
                Old similar = mostSimilar(inUnit, s.source());
                if (similar != null) {
                    similar.used = true;
                    segments.add(new PreparedUnit.Segment(s.id(), s.source(), similar.segment.target()));
                    notes.add("Source of segment " + s.id() + " changed; translation kept for review. Previous source: "
                            + similar.segment.source());
                    reviewHere++;
                } else {
                    segments.add(s);
                }
            }
            kept += keptHere;
            toReview += reviewHere;
            String id = prev != null ? prev.id() : d.id();
            String state;
            boolean approved = false;
            int total = segments.size();
            if (reviewHere > 0) {
                state = NEEDS_REVIEW;
            } else if (keptHere == total && total > 0) {
                state = prev != null && prev.state() != null ? prev.state() : "translated";
                approved = prev != null && prev.approved() && allFromPrev;
            } else if (keptHere > 0) {
                state = NEEDS_TRANSLATION;
            } else {
                state = null;
            }
            out.add(new PreparedUnit(id, d.resname(), d.role(), segments, d.terms(), notes, state, approved));
        }

        int removed = 0;
        for (TranslationUnit u : previous) {
            for (SegmentPair s : u.segments()) {
                if (!newSources.contains(UnitIds.normalise(s.source()))) {
                    removed++;
                }
            }
        }
        // A removed sentence whose translation went to review was edited, not removed.
        removed = Math.max(0, removed - toReview);
        return new Outcome(out, kept, toReview, removed);
    }

    private static Old take(List<Old> olds, String key) {
        for (Old o : olds) {
            if (!o.used && UnitIds.normalise(o.segment.source()).equals(key)) {
                o.used = true;
                return o;
            }
        }
        return null;
    }

    private static Old take(Deque<Old> olds) {
        for (Old o : olds) {
            if (!o.used) {
                o.used = true;
                return o;
            }
        }
        return null;
    }

    private static Old mostSimilar(List<Old> olds, String source) {
        Old best = null;
        double bestScore = SIMILAR;
        for (Old o : olds) {
            if (o.used) {
                continue;
            }
            double score = WordSimilarity.of(source, o.segment.source());
            if (score >= bestScore) {
                best = o;
                bestScore = score;
            }
        }
        return best;
    }
}
