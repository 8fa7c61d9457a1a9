package org.passerelle.qa.checks;

import java.util.ArrayList;
import java.util.List;
import org.passerelle.core.Languages;
import org.passerelle.qa.CheckContext;
import org.passerelle.qa.CheckDefinition;
import org.passerelle.qa.CheckMatch;
import org.passerelle.qa.IssueType;
import org.passerelle.qa.RunWideCheck;
import org.passerelle.qa.SegmentCheck;
import org.passerelle.qa.Severity;
import org.passerelle.qa.Side;
import org.passerelle.qa.UnitMatch;
import org.passerelle.xliff.SegmentPair;
import org.passerelle.xliff.TranslationUnit;

/** One translation used for different source sentences: one of them is probably mistranslated. */
public final class SourceConsistencyCheck extends SegmentCheck implements RunWideCheck {
    public static final CheckDefinition DEFINITION = CheckDefinition.of("consistency.source", IssueType.INCONSISTENCY,
            Severity.INFO, "One translation used for different sources anywhere in the run",
            s -> new SourceConsistencyCheck());
    private final ConsistencyIndex index = new ConsistencyIndex();

    public SourceConsistencyCheck() {
        super(DEFINITION);
    }

    @Override
    protected void checkSegment(TranslationUnit unit, SegmentPair s, CheckContext context, List<CheckMatch> matches) {
        if (Occurrence.hasLetters(s.target())) {
            index.add(Languages.primary(unit.targetLanguage()) + "|" + Occurrence.normalise(s.target()),
                    new Occurrence(unit, s.id(), s.source(), s.target()));
        }
    }

    @Override
    public List<UnitMatch> finish(CheckContext context) {
        List<UnitMatch> matches = new ArrayList<>();
        index.deviations(Occurrence::source, (o, majority, variants) -> matches.add(new UnitMatch(o.unit(),
                new CheckMatch(o.segment(), Side.TARGET, 0, o.target().length(),
                        "The same translation stands for " + variants + " different sources; " + majority.where()
                                + " translates '" + majority.source() + "' with it", List.of()))));
        return matches;
    }
}
