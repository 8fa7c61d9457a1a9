package org.passerelle.qa.checks;

import java.util.List;
import org.passerelle.qa.CheckDefinition;
import org.passerelle.qa.CheckMatch;
import org.passerelle.qa.IssueType;
import org.passerelle.qa.Severity;
import org.passerelle.qa.Side;

/**
 * The same source sentence translated differently somewhere in the run (per target language). With
 * a clear majority, the deviants are reported, with the majority's text as suggestion (200 units
 * warned for 67 deviants would bury them); on a tie (two units that disagree) nothing says which is
 * right, so every occurrence is reported, as Xbench lists them, each naming another variant.
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
