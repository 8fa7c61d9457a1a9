package org.passerelle.qa.checks;

import java.util.List;
import org.passerelle.qa.CheckDefinition;
import org.passerelle.qa.CheckMatch;
import org.passerelle.qa.IssueType;
import org.passerelle.qa.Severity;
import org.passerelle.qa.Side;

/**
 * The same source sentence translated differently somewhere in the run (per target language),
 * reported on every occurrence, as Xbench lists them: the majority is not necessarily right (two
 * units that disagree have no majority at all), and the reviewer decides which one to keep. The
 * deviants get the majority's text as suggestion; the majority's occurrences name a deviant.
 */
public final class TargetConsistencyCheck extends ConsistencyCheck {
    public static final CheckDefinition DEFINITION = CheckDefinition.of("consistency.target", IssueType.INCONSISTENCY,
            Severity.WARNING, "The same source translated differently anywhere in the run (per target language)",
            s -> new TargetConsistencyCheck());

    public TargetConsistencyCheck() {
        super(DEFINITION, Occurrence::source, Occurrence::target);
    }

    @Override
    CheckMatch deviation(Occurrence o, Occurrence majority, int variants) {
        return new CheckMatch(o.segment(), Side.TARGET, 0, o.target().length(),
                "The same source is translated " + variants + " ways; " + majority.where()
                        + " has '" + majority.target() + "'", List.of(majority.target()));
    }

    @Override
    CheckMatch agreement(Occurrence o, Occurrence other, int variants) {
        return new CheckMatch(o.segment(), Side.TARGET, 0, o.target().length(),
                "The same source is translated " + variants + " ways; " + other.where()
                        + " has '" + other.target() + "'", List.of());
    }
}
