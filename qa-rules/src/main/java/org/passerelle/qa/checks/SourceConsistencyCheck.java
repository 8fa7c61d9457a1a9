package org.passerelle.qa.checks;

import java.util.List;
import org.passerelle.qa.CheckDefinition;
import org.passerelle.qa.CheckMatch;
import org.passerelle.qa.IssueType;
import org.passerelle.qa.Severity;
import org.passerelle.qa.Side;

/** One translation used for different source sentences: one of them is probably mistranslated. */
public final class SourceConsistencyCheck extends ConsistencyCheck {
    public static final CheckDefinition DEFINITION = CheckDefinition.of("consistency.source", IssueType.INCONSISTENCY,
            Severity.INFO, "One translation used for different sources anywhere in the run",
            s -> new SourceConsistencyCheck());

    public SourceConsistencyCheck() {
        super(DEFINITION, Occurrence::target, Occurrence::source);
    }

    @Override
    CheckMatch deviation(Occurrence o, Occurrence majority, int variants) {
        return new CheckMatch(o.segment(), Side.TARGET, 0, o.target().length(),
                "The same translation stands for " + variants + " different sources; " + majority.where()
                        + " translates '" + majority.source() + "' with it", List.of());
    }
}
