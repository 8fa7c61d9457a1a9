package org.passerelle.qa.checks;

import java.util.ArrayList;
import java.util.List;
import org.passerelle.core.Languages;
import org.passerelle.qa.CheckContext;
import org.passerelle.qa.CheckMatch;
import org.passerelle.qa.RunWideCheck;
import org.passerelle.qa.Side;
import org.passerelle.qa.UnitMatch;
import org.passerelle.xliff.SegmentPair;
import org.passerelle.xliff.TranslationUnit;

/** One translation used for different source sentences: one of them is probably mistranslated. */
public final class SourceConsistencyCheck implements RunWideCheck {
    public static final String ID = "consistency.source";
    private final ConsistencyIndex index = new ConsistencyIndex();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<CheckMatch> check(TranslationUnit unit, CheckContext context) {
        for (SegmentPair s : unit.segments()) {
            if (s.hasTarget() && Occurrence.hasLetters(s.target())) {
                index.add(Languages.primary(unit.targetLanguage()) + "|" + Occurrence.normalise(s.target()),
                        new Occurrence(unit, s.id(), s.source(), s.target()));
            }
        }
        return List.of();
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
