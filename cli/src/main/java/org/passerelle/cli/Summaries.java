package org.passerelle.cli;

import java.util.List;
import java.util.TreeMap;
import java.util.Map;
import org.passerelle.qa.Finding;
import org.passerelle.qa.QaSummary;
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

    /** The verdict line; the counts are the text report's last line. */
    static String qa(QaSummary s, FailOn failOn) {
        return failOn.fails(s) ? "QA gate FAILED (--fail-on " + failOn + ")" : "QA gate passed (--fail-on " + failOn + ")";
    }

    /** "3 QA error(s) (number.mismatch 2, term.forbidden 1)", then the first one on its own line. */
    static String gateReason(List<Finding> errors) {
        Map<String, Integer> byCheck = new TreeMap<>();
        errors.forEach(f -> byCheck.merge(f.check(), 1, Integer::sum));
        StringBuilder sb = new StringBuilder().append(errors.size()).append(" QA error(s) (");
        byCheck.forEach((check, n) -> sb.append(check).append(' ').append(n).append(", "));
        sb.setLength(sb.length() - 2);
        Finding first = errors.get(0);
        return sb.append(")\n                first: ").append(first.unit()).append(": ").append(first.message()).toString();
    }
}
