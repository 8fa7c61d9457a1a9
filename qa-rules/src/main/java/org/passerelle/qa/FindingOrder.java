package org.passerelle.qa;

import java.util.Comparator;
import org.passerelle.xliff.TranslationUnit;

/** Report order inside one unit: segment order, source before target, offset, then check id. */
final class FindingOrder {
    private FindingOrder() {
    }

    static Comparator<Finding> within(TranslationUnit unit) {
        return Comparator.<Finding>comparingInt(f -> segmentIndex(unit, f.segment()))
                .thenComparing(Finding::side)
                .thenComparingInt(Finding::offset)
                .thenComparing(Finding::check)
                .thenComparing(Finding::message);
    }

    private static int segmentIndex(TranslationUnit unit, String segment) {
        for (int i = 0; i < unit.segments().size(); i++) {
            if (unit.segments().get(i).id().equals(segment)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }
}
