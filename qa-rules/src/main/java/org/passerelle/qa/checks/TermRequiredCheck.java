package org.passerelle.qa.checks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.passerelle.glossary.Concept;
import org.passerelle.glossary.Term;
import org.passerelle.glossary.TermHit;
import org.passerelle.glossary.TermMatcher;
import org.passerelle.qa.Check;
import org.passerelle.qa.CheckContext;
import org.passerelle.qa.CheckMatch;
import org.passerelle.qa.Side;
import org.passerelle.xliff.SegmentPair;
import org.passerelle.xliff.TranslationUnit;

/**
 * A termbase term in the source whose fixed equivalent is missing from the target. Occurrences
 * are counted per concept, so a source naming a concept twice (full form and acronym) needs two
 * allowed target terms.
 */
public final class TermRequiredCheck implements Check {
    public static final String ID = "term.required";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<CheckMatch> check(TranslationUnit unit, CheckContext context) {
        Optional<TermMatcher> source = context.termMatcher(unit.sourceLanguage());
        Optional<TermMatcher> target = context.termMatcher(unit.targetLanguage());
        if (source.isEmpty() || target.isEmpty()) {
            return List.of();
        }
        List<CheckMatch> matches = new ArrayList<>();
        for (SegmentPair s : unit.segments()) {
            if (!s.hasTarget() || s.target().isBlank()) {
                continue;
            }
            Map<String, List<TermHit>> inSource = byConcept(source.get().find(s.source()));
            if (inSource.isEmpty()) {
                continue;
            }
            List<TermHit> targetHits = target.get().find(s.target());
            Map<String, List<TermHit>> inTarget = byConcept(targetHits.stream()
                    .filter(h -> !h.term().status().forbidden()).toList());
            // A forbidden term used instead is term.forbidden's finding, with the same suggestion.
            Map<String, List<TermHit>> forbiddenInTarget = byConcept(targetHits.stream()
                    .filter(h -> h.term().status().forbidden()).toList());
            for (List<TermHit> hits : inSource.values()) {
                Concept concept = hits.get(0).concept();
                List<Term> allowed = concept.allowed(unit.targetLanguage());
                int found = inTarget.getOrDefault(concept.id(), List.of()).size();
                int replaced = forbiddenInTarget.getOrDefault(concept.id(), List.of()).size();
                if (allowed.isEmpty() || found + replaced >= hits.size()) {
                    continue;
                }
                matches.add(new CheckMatch(s.id(), Side.TARGET, 0, 0,
                        message(s.source(), hits, allowed, found), allowed.stream().map(Term::text).distinct().toList()));
            }
        }
        return matches;
    }

    private static String message(String source, List<TermHit> hits, List<Term> allowed, int found) {
        String term = hits.get(0).matchedText(source);
        String use = String.join("' or '", allowed.stream().map(Term::text).distinct().toList());
        if (hits.size() == 1) {
            return "'" + term + "' must be translated as '" + use + "'";
        }
        return "'" + term + "' occurs " + hits.size() + " times in the source but its equivalent ('" + use
                + "') " + (found == 0 ? "never" : "only " + found + (found == 1 ? " time" : " times"))
                + " in the target";
    }

    private static Map<String, List<TermHit>> byConcept(List<TermHit> hits) {
        Map<String, List<TermHit>> map = new LinkedHashMap<>();
        for (TermHit h : hits) {
            map.computeIfAbsent(h.concept().id(), k -> new ArrayList<>()).add(h);
        }
        return map;
    }
}
