package org.passerelle.qa.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.passerelle.core.Languages;
import org.passerelle.qa.CheckContext;
import org.passerelle.qa.CheckDefinition;
import org.passerelle.qa.CheckMatch;
import org.passerelle.qa.RunWideCheck;
import org.passerelle.qa.SegmentCheck;
import org.passerelle.qa.UnitMatch;
import org.passerelle.xliff.SegmentPair;
import org.passerelle.xliff.TranslationUnit;

/**
 * Groups the run's translated segments by one side (per target language) and reports those whose
 * other side differs from the group's majority.
 */
abstract class ConsistencyCheck extends SegmentCheck implements RunWideCheck {
    private final ConsistencyIndex index = new ConsistencyIndex();
    private final Function<Occurrence, String> grouped;
    private final Function<Occurrence, String> varying;

    ConsistencyCheck(CheckDefinition definition, Function<Occurrence, String> grouped, Function<Occurrence, String> varying) {
        super(definition);
        this.grouped = grouped;
        this.varying = varying;
    }

    /** The finding on {@code deviant}, one of {@code variants} ways the group reads, against the majority. */
    abstract CheckMatch deviation(Occurrence deviant, Occurrence majority, int variants);

    /**
     * The finding on an occurrence of the group's majority variant, which another variant contradicts,
     * or null (the default) when only the deviants are reported.
     */
    CheckMatch agreement(Occurrence occurrence, Occurrence otherVariant, int variants) {
        return null;
    }

    @Override
    protected final void checkSegment(TranslationUnit unit, SegmentPair s, CheckContext context, List<CheckMatch> matches) {
        Occurrence o = new Occurrence(unit, s.id(), s.source(), s.target());
        if (Occurrence.hasLetters(grouped.apply(o))) {
            index.add(Languages.primary(unit.targetLanguage()) + "|" + Occurrence.normalise(grouped.apply(o)), o);
        }
    }

    @Override
    public final List<UnitMatch> finish(CheckContext context) {
        List<UnitMatch> matches = new ArrayList<>();
        index.deviations(varying, (o, majority, variants) -> matches.add(new UnitMatch(o.unit(),
                deviation(o, majority, variants))), (o, other, variants) -> {
                    CheckMatch m = agreement(o, other, variants);
                    if (m != null) {
                        matches.add(new UnitMatch(o.unit(), m));
                    }
                });
        return matches;
    }
}
