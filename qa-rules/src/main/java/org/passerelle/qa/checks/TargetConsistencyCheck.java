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

/** The same source sentence translated differently somewhere in the run (per target language). */
public final class TargetConsistencyCheck extends SegmentCheck implements RunWideCheck {
    public static final CheckDefinition DEFINITION = CheckDefinition.of("consistency.target", IssueType.INCONSISTENCY,
            Severity.WARNING, "The same source translated differently anywhere in the run (per target language)",
            s -> new TargetConsistencyCheck());
    private final ConsistencyIndex index = new ConsistencyIndex();

    public TargetConsistencyCheck() {
        super(DEFINITION);
    }

    @Override
    protected void checkSegment(TranslationUnit unit, SegmentPair s, CheckContext context, List<CheckMatch> matches) {
        if (Occurrence.hasLetters(s.source())) {
            index.add(Languages.primary(unit.targetLanguage()) + "|" + Occurrence.normalise(s.source()),
                    new Occurrence(unit, s.id(), s.source(), s.target()));
        }
    }

    @Override
    public List<UnitMatch> finish(CheckContext context) {
        List<UnitMatch> matches = new ArrayList<>();
        index.deviations(Occurrence::target, (o, majority, variants) -> matches.add(new UnitMatch(o.unit(),
                new CheckMatch(o.segment(), Side.TARGET, 0, o.target().length(),
                        "The same source is translated " + variants + " ways; " + majority.where()
                                + " has '" + majority.target() + "'", List.of(majority.target())))));
        return matches;
    }
}
