package org.passerelle.cli;

import org.passerelle.xliff.PrepareResult;

/** One-line summaries of what a stage did, shared by the commands and {@code run}. */
final class Summaries {
    private Summaries() {
    }

    static String prepared(PrepareResult r) {
        StringBuilder sb = new StringBuilder();
        sb.append(r.file()).append(": ").append(r.units()).append(" units, ").append(r.segments())
                .append(" segments, ").append(r.termHits()).append(" termbase hits");
        if (r.kept() + r.toReview() + r.removed() > 0) {
            sb.append("; kept ").append(r.kept()).append(" translations, ").append(r.toReview())
                    .append(" to review, ").append(r.removed()).append(" removed");
        }
        return sb.toString();
    }
}
