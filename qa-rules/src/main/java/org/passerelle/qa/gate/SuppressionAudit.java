package org.passerelle.qa.gate;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.passerelle.qa.Finding;
import org.passerelle.qa.QaSummary;
import org.passerelle.qa.ReportListener;
import org.passerelle.qa.Suppressions;
import org.passerelle.xliff.TranslationUnit;

/** Which lines of a suppressions file matched no unit of the run: stale after an edit, or a typo in the unit id. */
public final class SuppressionAudit implements ReportListener {
    private final Suppressions suppressions;
    private final Map<String, Set<String>> unitsByFile = new HashMap<>();

    public SuppressionAudit(Suppressions suppressions) {
        this.suppressions = suppressions;
    }

    @Override
    public synchronized void unit(TranslationUnit unit) {
        if (unit.file() != null) {
            unitsByFile.computeIfAbsent(unit.file(), k -> new LinkedHashSet<>()).add(unit.id());
        }
    }

    @Override
    public void finding(Finding finding) {
    }

    @Override
    public void finished(QaSummary summary) {
    }

    /** One warning per suppression that matched nothing ("suppressions.txt:4: no unit 'u33' in …"). */
    public synchronized List<String> warnings() {
        return suppressions.unmatched(unitsByFile);
    }
}
