package org.passerelle.qa.report;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.passerelle.core.InputException;
import org.passerelle.qa.Finding;

/**
 * Where a finding stands in its XLIFF file, for the reports that point dashboards at a line: the
 * tag of its unit, or, in a file that could not be read, where the parser stopped (nothing when it
 * did not say).
 */
final class FindingPositions {
    private final Map<String, InputException> unreadable = new HashMap<>();
    private final UnitPositions units = new UnitPositions();

    /** The problem of a file that could not be read, from {@code ReportListener.unreadable}. */
    void unreadable(InputException problem) {
        if (problem.file() != null) {
            unreadable.put(problem.file().toString(), problem);
        }
    }

    Optional<UnitPositions.Position> of(Finding f) {
        InputException problem = unreadable.get(f.file());
        if (problem != null) {
            return problem.line() > 0
                    ? Optional.of(new UnitPositions.Position(problem.line(), Math.max(1, problem.column())))
                    : Optional.empty();
        }
        return units.of(f.file(), f.unit());
    }
}
