package org.passerelle.qa.accuracy;

import java.util.List;

/**
 * One unit of the labelled set: its segments (source and target, the same number) and what the QA
 * must say about it: "clean" (no finding on the target) or the id of the check that must find the
 * one defect planted in it.
 *
 * @param role  the block role, written as the unit's type ("title", "body", "caption")
 * @param note  what the unit tests: the defect planted, or the precision trap a clean unit sets
 */
public record LabelledUnit(String id, String label, String role, String note, List<String> sources, List<String> targets) {
    static final String CLEAN = "clean";

    public LabelledUnit {
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
        if (sources.size() != targets.size()) {
            throw new IllegalArgumentException(id + ": " + sources.size() + " source segments but " + targets.size()
                    + " target segments");
        }
    }

    public boolean clean() {
        return label.equals(CLEAN);
    }
}
