package org.passerelle.xliff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Carries the translations of a previous XLIFF file over to a freshly segmented article, so that
 * re-preparing never loses work: an unchanged sentence keeps its translation and state wherever
 * it moved; a sentence that was edited keeps the old translation, marked
 * {@link TranslationState#NEEDS_REVIEW}, with the previous source in a note; new sentences come
 * untranslated; sentences gone from the article are counted as removed. An edited paragraph
 * inherits the id of the previous paragraph it most resembles, so ids survive edits.
 */
final class TranslationMerge {

    private static final double SIMILAR = 0.5;

    /** What the merge did, with the units to write. */
    record Outcome(List<TranslationUnit> units, int kept, int toReview, int removed) {
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

    static Outcome merge(List<TranslationUnit> drafts, List<TranslationUnit> previous) {
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
                if (isWork(u, s)) {
                    Old o = new Old(u, s);
                    olds.add(o);
                    oldBySource.computeIfAbsent(UnitIds.normalise(s.source()), k -> new ArrayDeque<>()).add(o);
                }
            }
            oldByUnit.put(u.id(), olds);
        }

        // Pass 1: paragraphs that did not change keep their unit; pass 2: edited ones find the most similar.
        Map<TranslationUnit, TranslationUnit> matched = new IdentityHashMap<>();
        Set<String> taken = new HashSet<>();
        drafts.forEach(d -> taken.add(d.id()));
        Set<String> usedOld = new HashSet<>();
        for (TranslationUnit d : drafts) {
            TranslationUnit same = prevById.get(d.id());
            if (same != null) {
                matched.put(d, same);
                usedOld.add(same.id());
            }
        }
        for (TranslationUnit d : drafts) {
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
        List<TranslationUnit> out = new ArrayList<>();
        for (TranslationUnit d : drafts) {
            TranslationUnit prev = matched.get(d);
            List<Old> inUnit = prev == null ? List.of() : oldByUnit.getOrDefault(prev.id(), List.of());
            List<SegmentPair> segments = new ArrayList<>();
            List<String> notes = new ArrayList<>(d.notes());
            int keptHere = 0;
            int reviewHere = 0;
            boolean allFromPrev = true;
            Old whole = wholeParagraph(prev, inUnit, d);
            if (whole != null) {
                whole.used = true;
                newSources.add(UnitIds.normalise(whole.segment.source()));
                segments = List.of(new SegmentPair("1", d.sourceText(), whole.segment.target(), List.of(),
                        whole.segment.targetCodes()));
                if (UnitIds.normalise(whole.segment.source()).equals(UnitIds.normalise(d.sourceText()))) {
                    keptHere = 1;
                } else {
                    reviewHere = 1;
                    notes.add("Source changed; translation of the whole paragraph kept for review. Previous source: "
                            + whole.segment.source());
                }
            } else {
                for (SegmentPair s : d.segments()) {
                    String key = UnitIds.normalise(s.source());
                    newSources.add(key);
                    Old exact = take(inUnit, key);
                    if (exact == null) {
                        exact = take(oldBySource.getOrDefault(key, new ArrayDeque<>()));
                        allFromPrev = false;
                    }
                    if (exact != null) {
                        segments.add(s.withTargetOf(exact.segment));
                        keptHere++;
                        continue;
                    }
                    Old similar = mostSimilar(inUnit, s.source());
                    if (similar != null) {
                        similar.used = true;
                        segments.add(s.withTargetOf(similar.segment));
                        notes.add("Source of segment " + s.id() + " changed; translation kept for review. Previous source: "
                                + similar.segment.source());
                        reviewHere++;
                    } else {
                        segments.add(s);
                    }
                }
            }
            kept += keptHere;
            toReview += reviewHere;
            String id = prev != null ? prev.id() : d.id();
            TranslationState.Reading state = stateOf(prev, segments.size(), keptHere, reviewHere, allFromPrev);
            out.add(d.toBuilder().id(id).segments(segments).notes(notes).state(state).build());
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

    /**
     * A unit all of whose sentences were kept keeps its previous state (and the value as written);
     * a reviewed or final state is kept only when every sentence comes from that same unit.
     */
    private static TranslationState.Reading stateOf(TranslationUnit prev, int total, int kept, int toReview,
                                                    boolean allFromPrev) {
        if (toReview > 0) {
            return new TranslationState.Reading(TranslationState.NEEDS_REVIEW, null, true);
        }
        if (kept == total && total > 0 && prev != null) {
            TranslationState.Reading read = prev.stateReading();
            boolean approval = read.state().compareTo(TranslationState.REVIEWED) >= 0;
            return approval && !allFromPrev ? new TranslationState.Reading(TranslationState.TRANSLATED, null, true) : read;
        }
        if (kept == total && total > 0) {
            return new TranslationState.Reading(TranslationState.TRANSLATED, null, true);
        }
        return new TranslationState.Reading(TranslationState.NOT_TRANSLATED, null, true);
    }

    /**
     * The translation of a whole paragraph that a tool wrote as one plain target beside our
     * sentences (Translate Toolkit's pomerge: the reader hands it over as one segment whose source
     * is the whole paragraph): it cannot be split into sentences, so the unit comes back as one
     * segment holding it, kept when the paragraph did not change, for review when it did. Null
     * when the previous unit had several segments, or when its one segment is one of the new
     * sentences or closer to one of them than to the paragraph (a paragraph that grew a sentence
     * keeps its old sentence's translation where it belongs).
     */
    private static Old wholeParagraph(TranslationUnit prev, List<Old> inUnit, TranslationUnit draft) {
        if (prev == null || prev.segments().size() != 1 || inUnit.size() != 1 || inUnit.get(0).used
                || draft.segments().size() < 2 || draft.segments().stream().anyMatch(s -> !s.sourceCodes().isEmpty())) {
            return null;
        }
        Old old = inUnit.get(0);
        double whole = WordSimilarity.of(draft.sourceText(), old.segment.source());
        for (SegmentPair s : draft.segments()) {
            if (UnitIds.normalise(s.source()).equals(UnitIds.normalise(old.segment.source()))
                    || WordSimilarity.of(s.source(), old.segment.source()) > whole) {
                return null;
            }
        }
        return whole >= SIMILAR ? old : null;
    }

    /**
     * A previous target worth keeping: not blank, and not the source copied into an unfinished unit
     * ({@code --copy-source}, or a tool's own copy), which holds no translator's work and would
     * otherwise come back as the "translation" of an edited sentence.
     */
    private static boolean isWork(TranslationUnit unit, SegmentPair segment) {
        return segment.target() != null && !segment.target().isBlank()
                && !(!unit.state().isTranslated() && SourceCopyMark.isCopy(segment));
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
