package org.passerelle.qa.checks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.passerelle.glossary.Concept;
import org.passerelle.glossary.Term;
import org.passerelle.glossary.TermHit;
import org.passerelle.glossary.TermMatcher;
import org.passerelle.lang.languagetool.Once;
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
 * A termbase term in the source whose fixed equivalent is missing from the target. Occurrences
 * are counted per concept, so a source naming a concept twice (full form and acronym) needs two
 * allowed target terms.
 */
public final class TermRequiredCheck extends SegmentCheck {
    public static final CheckDefinition DEFINITION = CheckDefinition.of("term.required", IssueType.TERMINOLOGY,
            Severity.ERROR, "A termbase term in the source whose allowed (preferred or admitted) equivalents are"
                    + " missing from the target (occurrences counted)",
            s -> new TermRequiredCheck());

    public TermRequiredCheck() {
        super(DEFINITION);
    }

    @Override
    protected boolean appliesTo(TranslationUnit unit, CheckContext context) {
        return context.termMatcher(unit.sourceLanguage()).isPresent() && context.termMatcher(unit.targetLanguage()).isPresent();
    }

    @Override
    protected void checkSegment(TranslationUnit unit, SegmentPair s, CheckContext context, List<CheckMatch> matches) {
        Optional<TermMatcher> source = context.termMatcher(unit.sourceLanguage());
        Optional<TermMatcher> target = context.termMatcher(unit.targetLanguage());
        // "VNA" in "@VNA_fr" is copied with the handle, not a name to translate.
        Map<String, List<TermHit>> inSource = byConcept(source.get().find(Verbatim.blanked(s.source())));
        if (inSource.isEmpty()) {
            return;
        }
        List<TermHit> targetHits = target.get().find(Verbatim.blanked(s.target()));
        Map<String, List<TermHit>> inTarget = byConcept(targetHits.stream()
                .filter(h -> !h.term().status().forbidden()).toList());
        // A forbidden term used instead is term.forbidden's finding, with the same suggestion.
        Map<String, List<TermHit>> forbiddenInTarget = byConcept(targetHits.stream()
                .filter(h -> h.term().status().forbidden()).toList());
        List<TermHit> unclaimed = new ArrayList<>(targetHits.stream()
                .filter(h -> !inSource.containsKey(h.concept().id()) && !h.term().status().forbidden()).toList());
        // The target's words, read once and only for a concept the matcher did not find enough of.
        Supplier<List<String>> targetWords = new Once<>(() -> WordSequence.of(s.target()));
        for (List<TermHit> hits : inSource.values()) {
            Concept concept = hits.get(0).concept();
            List<Term> allowed = concept.allowed(unit.targetLanguage());
            int found = inTarget.getOrDefault(concept.id(), List.of()).size();
            int replaced = forbiddenInTarget.getOrDefault(concept.id(), List.of()).size();
            found += claimNested(unclaimed, allowed, s.target(), hits.size() - found - replaced);
            found += claimEnclosing(unclaimed, hits, unit.sourceLanguage(), s.source(), hits.size() - found - replaced);
            if (found + replaced < hits.size()) {
                found = Math.max(found, Math.min(hits.size() - replaced, written(allowed, targetWords.get())));
            }
            if (allowed.isEmpty() || found + replaced >= hits.size()
                    || allPlural(hits, s.source()) && loosely(allowed, targetWords.get())) {
                continue;
            }
            matches.add(new CheckMatch(s.id(), Side.TARGET, 0, 0,
                    message(s.source(), hits, allowed, found), allowed.stream().map(Term::text).distinct().toList()));
        }
    }

    /**
     * The longest match wins in the target too, so "Minister" inside "Minister of National Defence"
     * is one hit of the longer concept. When the source named only the shorter one ("le ministre
     * vietnamien de la Défense" matches "ministre" alone), a longer target term the source did
     * not ask for, containing an allowed term, is that term: up to {@code wanted} such hits count.
     */
    private static int claimNested(List<TermHit> unclaimed, List<Term> allowed, String target, int wanted) {
        int claimed = 0;
        for (Iterator<TermHit> it = unclaimed.iterator(); it.hasNext() && claimed < wanted; ) {
            String words = " " + String.join(" ", WordSequence.of(it.next().matchedText(target))) + " ";
            if (allowed.stream().anyMatch(t -> words.contains(" " + String.join(" ", WordSequence.of(t.text())) + " "))) {
                it.remove();
                claimed++;
            }
        }
        return claimed;
    }

    /**
     * Whether every hit is the plural of its term ("les ministères de la Défense des deux pays" for
     * "ministère de la Défense"): the plural of a name of one body is no name but a kind, which the
     * translation may say in its own words ("the defense ministries of the two countries").
     */
    private static boolean allPlural(List<TermHit> hits, String source) {
        for (TermHit h : hits) {
            List<String> written = WordSequence.of(h.matchedText(source));
            List<String> term = WordSequence.of(h.term().text());
            if (written.isEmpty() || term.isEmpty() || written.get(0).equals(term.get(0))
                    || !written.get(0).matches(".*[sx]")) {
                return false;
            }
        }
        return true;
    }

    /** Whether the words of four letters or more of an allowed term are all in the target, in any form ("ministries", "defense"). */
    private static boolean loosely(List<Term> allowed, List<String> target) {
        List<String> stems = target.stream().map(TermRequiredCheck::stem).toList();
        return allowed.stream().anyMatch(t -> {
            List<String> needed = WordSequence.of(t.text()).stream().filter(w -> w.length() >= 4)
                    .map(TermRequiredCheck::stem).toList();
            return !needed.isEmpty() && stems.containsAll(needed);
        });
    }

    /** A word's first five letters: "ministry" and "ministries", "defence" and "defense" share them. */
    private static String stem(String word) {
        return word.substring(0, Math.min(5, word.length()));
    }

    /**
     * How often an allowed term is written in the target, word for word, even where the matcher gave
     * its words to an overlapping term: in "the Cambodian People's Party Central Committee" the
     * longest match, "Cambodian People's Party", hides "Party Central Committee", which the source's
     * "Comité central du Parti du peuple cambodgien" asked for.
     */
    private static int written(List<Term> allowed, List<String> words) {
        int count = 0;
        for (Term t : allowed) {
            List<String> term = WordSequence.of(t.text());
            for (int at = Collections.indexOfSubList(words, term); at >= 0 && !term.isEmpty(); ) {
                count++;
                List<String> rest = words.subList(at + term.size(), words.size());
                int next = Collections.indexOfSubList(rest, term);
                at = next < 0 ? -1 : at + term.size() + next;
            }
        }
        return count;
    }

    /**
     * The longest term wins even where the matcher did not see it: the source writes a longer term
     * that contains the hit's term in a form the termbase does not have ("chefs d'Etat-major
     * généraux", plural and elided, for "chef de l'État-major général", around the hit "État-major
     * général"), and the target has the longer term's equivalent ("Tổng Tham mưu trưởng"). A target
     * hit of a concept the source did not match counts for the hit when one of its source-language
     * terms contains the hit's term and its other words (of three letters or more) begin words of the
     * source next to the hit.
     */
    private static int claimEnclosing(List<TermHit> unclaimed, List<TermHit> hits, String sourceLanguage,
                                      String source, int wanted) {
        int claimed = 0;
        for (TermHit hit : hits) {
            if (claimed >= wanted) {
                break;
            }
            List<String> inner = parts(hit.term().text());
            List<String> near = parts(source.substring(Math.max(0, hit.start() - 40),
                    Math.min(source.length(), hit.end() + 40)));
            for (Iterator<TermHit> it = unclaimed.iterator(); it.hasNext(); ) {
                TermHit other = it.next();
                if (other.concept().terms(sourceLanguage).stream().anyMatch(t -> encloses(parts(t.text()), inner, near))) {
                    it.remove();
                    claimed++;
                    break;
                }
            }
        }
        return claimed;
    }

    /** Folded words, split at apostrophes and hyphens too: "l'État-major" is l, etat, major. */
    private static List<String> parts(String text) {
        List<String> parts = new ArrayList<>();
        for (String w : WordSequence.of(text)) {
            parts.addAll(List.of(w.split("['’-]")));
        }
        return parts;
    }

    private static boolean encloses(List<String> longer, List<String> inner, List<String> near) {
        int at = Collections.indexOfSubList(longer, inner);
        if (at < 0 || longer.size() == inner.size()) {
            return false;
        }
        List<String> rest = new ArrayList<>(longer.subList(0, at));
        rest.addAll(longer.subList(at + inner.size(), longer.size()));
        return rest.stream().filter(w -> w.length() >= 3)
                .allMatch(w -> near.stream().anyMatch(n -> n.startsWith(w)))
                && rest.stream().anyMatch(w -> w.length() >= 3);
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
