package org.passerelle.qa.checks;

import java.util.List;
import java.util.Optional;
import org.passerelle.glossary.Concept;
import org.passerelle.glossary.Term;
import org.passerelle.glossary.TermHit;
import org.passerelle.qa.CheckContext;
import org.passerelle.qa.CheckDefinition;
import org.passerelle.qa.CheckMatch;
import org.passerelle.qa.IssueType;
import org.passerelle.qa.Severity;
import org.passerelle.qa.Side;
import org.passerelle.xliff.SegmentPair;
import org.passerelle.xliff.TranslationUnit;

/** A deprecated or superseded termbase term in the target, wherever it appears. */
public final class TermForbiddenCheck extends TargetTermCheck {
    public static final CheckDefinition DEFINITION = CheckDefinition.of("term.forbidden", IssueType.TERMINOLOGY,
            Severity.ERROR, "A deprecated or superseded termbase term in the target, with the preferred one as suggestion",
            s -> new TermForbiddenCheck());

    public TermForbiddenCheck() {
        super(DEFINITION);
    }

    @Override
    protected void checkHit(TermHit hit, String text, TranslationUnit unit, SegmentPair s, CheckContext context,
                            List<CheckMatch> matches) {
        if (hit.term().status().forbidden()) {
            Optional<Term> preferred = hit.concept().preferred(unit.targetLanguage());
            matches.add(new CheckMatch(s.id(), Side.TARGET, hit.start(), hit.end() - hit.start(),
                    message(hit.matchedText(text), preferred, sourceName(hit.concept(), unit, context)),
                    preferred.map(t -> List.of(t.text())).orElse(List.of())));
        }
    }

    private static String message(String found, Optional<Term> preferred, Optional<String> sourceName) {
        if (preferred.isEmpty()) {
            return "'" + found + "' is a forbidden term; rephrase without it";
        }
        return "'" + found + "' is a forbidden term; use '" + preferred.get().text() + "'"
                + sourceName.map(n -> " (" + n + ")").orElse("");
    }

    /** The concept's name in the source language, so the translator sees which concept is meant. */
    private static Optional<String> sourceName(Concept concept, TranslationUnit unit, CheckContext context) {
        String lang = sourceLanguage(unit, context);
        return lang == null ? Optional.empty() : concept.preferred(lang).map(Term::text);
    }
}
