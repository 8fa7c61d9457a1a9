package org.passerelle.qa.checks;

import java.util.List;
import java.util.Optional;
import org.passerelle.core.lang.Negation;
import org.passerelle.qa.CheckContext;
import org.passerelle.qa.CheckDefinition;
import org.passerelle.qa.CheckMatch;
import org.passerelle.qa.IssueType;
import org.passerelle.qa.SegmentCheck;
import org.passerelle.qa.Severity;
import org.passerelle.qa.Side;
import org.passerelle.xliff.SegmentPair;
import org.passerelle.xliff.TranslationUnit;

/**
 * A negated source translated without a negation ("n'a pas assisté" as "attended"), or a
 * translation negated where the source is not. Each language says what its negations are
 * ({@code LanguageSupport.negation}: "ne … pas" but not "ne … que", "not" but not "not only",
 * "không" but not "không quân"). None against some is reported, and a translation with fewer negations
 * than the source's negated clauses ("ne participe à aucune alliance et ne s'allie pas" as "participates
 * in alliances and does not side"): each language counts a negated clause once ("ne … ni … ni", "ni … ni
 * … ne" are one) and may say one in more words ("neither … nor", "không … cũng không", "not … or"), so
 * only fewer is a sign. "sans" is left out of that count, a translation may say it in a word
 * ("unconditional"), and a source negated by "sans" alone passes when the translation has such a word;
 * more negations in the translation say nothing ("ne … ni … ni" is "neither … nor").
 */
public final class NegationCheck extends SegmentCheck {
    public static final CheckDefinition DEFINITION = CheckDefinition.of("negation", IssueType.MISTRANSLATION,
            Severity.WARNING, "A negated source (ne … pas/jamais/plus/rien/aucun, sans) translated without a"
                    + " negation, or a negated translation of a source that is not; \"ne … que\", \"not only\" pass, and"
                    + " \"sans\" may be said in a word (\"unconditional\", Vietnamese \"vô điều kiện\")",
            s -> new NegationCheck());

    public NegationCheck() {
        super(DEFINITION);
    }

    @Override
    protected boolean appliesTo(TranslationUnit unit, CheckContext context) {
        return context.language(unit, Side.SOURCE).negation().isPresent()
                && context.language(unit, Side.TARGET).negation().isPresent();
    }

    @Override
    protected void checkSegment(TranslationUnit unit, SegmentPair s, CheckContext context, List<CheckMatch> matches) {
        Optional<Negation> source = context.language(unit, Side.SOURCE).negation();
        Optional<Negation> target = context.language(unit, Side.TARGET).negation();
        int inSource = source.get().count(s.source());
        int inTarget = target.get().count(s.target());
        if (inSource == 0) {
            if (inTarget > 0) {
                matches.add(new CheckMatch(s.id(), Side.TARGET, 0, 0,
                        "The translation is negated but the source is not: check that no negation was added", List.of()));
            }
            return;
        }
        int spelledOut = source.get().spelledOut(s.source());
        if (inTarget == 0 && !(spelledOut == 0 && target.get().saysInAWord(s.target()))) {
            matches.add(new CheckMatch(s.id(), Side.TARGET, 0, 0,
                    "The source is negated but the translation is not: check that the negation was not dropped",
                    List.of()));
        } else if (inTarget < spelledOut) {
            matches.add(new CheckMatch(s.id(), Side.TARGET, 0, 0, "The source has " + spelledOut
                    + " negations, the translation " + inTarget + ": check that none was dropped", List.of()));
        }
    }
}
