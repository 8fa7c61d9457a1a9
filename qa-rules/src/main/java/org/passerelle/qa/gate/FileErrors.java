package org.passerelle.qa.gate;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.passerelle.qa.Finding;

/** The unsuppressed QA errors of one file: why the gate refuses to publish it. */
public record FileErrors(String file, List<Finding> errors) {

    public FileErrors {
        errors = List.copyOf(errors);
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** "3 QA error(s) (number.mismatch 2, term.forbidden 1)". */
    public String counts() {
        Map<String, Integer> byCheck = new TreeMap<>();
        errors.forEach(f -> byCheck.merge(f.check(), 1, Integer::sum));
        return errors.size() + " QA error(s) (" + GateSummary.byCheck(byCheck) + ")";
    }

    /** "body-2: 2002 in the source, 2020 in the target": the first error, which a reader fixes first. */
    public String first() {
        Finding first = errors.get(0);
        return first.unit() + ": " + first.message();
    }
}
