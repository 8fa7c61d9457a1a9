package org.passerelle.glossary.validate;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.passerelle.glossary.Concept;
import org.passerelle.core.Languages;
import org.passerelle.glossary.Term;
import org.passerelle.glossary.TermStatus;
import org.passerelle.glossary.tbx.Located;

/**
 * The mistakes glossary maintainers actually make, across concepts: one source term with two
 * different preferred translations, a term both required and forbidden, a target language without
 * a preferred term, stray whitespace, text that is not NFC, duplicate entries.
 */
final class MaintenanceRules {
    private static final Pattern STRAY_SPACE = Pattern.compile("^\\s|\\s$|\\s{2,}|[\\t\\n\\r\\u00A0\\u202F]");

    /** A term, where it is written (the term element, or null) and its text exactly as written. */
    record LocatedTerm(Term term, Located at, String raw) {
    }

    /** A concept with its terms as written and where its entry starts. */
    record LocatedConcept(Concept concept, Located at, List<LocatedTerm> terms) {
    }

    private final Problems problems;
    private final String sourceLanguage;

    MaintenanceRules(Problems problems, String sourceLanguage) {
        this.problems = problems;
        this.sourceLanguage = sourceLanguage;
    }

    void check(List<LocatedConcept> concepts) {
        Set<String> languages = new TreeSet<>();
        concepts.forEach(c -> c.concept().terms().stream().filter(t -> Languages.isTag(t.language()))
                .forEach(t -> languages.add(Languages.primary(t.language()))));
        for (LocatedConcept c : concepts) {
            checkText(c);
            checkWithinConcept(c);
            checkTargets(c, languages);
        }
        checkAcrossConcepts(concepts);
    }

    private void checkText(LocatedConcept c) {
        String id = c.concept().id();
        for (LocatedTerm t : c.terms()) {
            if (t.raw() != null && STRAY_SPACE.matcher(t.raw()).find()) {
                problems.warning("term.whitespace", t.at(), id, "term '" + t.raw().replace("\n", "\\n")
                        + "' has stray whitespace (leading, trailing, doubled, tab, newline or no-break space)");
            }
            if (!Normalizer.isNormalized(t.term().text(), Normalizer.Form.NFC)) {
                problems.warning("term.normalization", t.at(), id, "term '" + t.term().text()
                        + "' is not in Unicode NFC: write it precomposed ('" + Normalizer.normalize(t.term().text(), Normalizer.Form.NFC) + "')");
            }
        }
        for (String text : new String[] {c.concept().definition(), c.concept().note(), c.concept().subjectField()}) {
            if (text != null && !Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
                problems.warning("term.normalization", c.at(), id, "text '" + shorten(text) + "' is not in Unicode NFC");
            }
        }
    }

    private void checkWithinConcept(LocatedConcept c) {
        String id = c.concept().id();
        Map<String, LocatedTerm> preferred = new HashMap<>();
        for (LocatedTerm t : c.terms()) {
            if (t.term().status() != TermStatus.PREFERRED || Languages.sameLanguage(t.term().language(), sourceLanguage)) {
                continue;
            }
            LocatedTerm first = preferred.putIfAbsent(Languages.primary(t.term().language()), t);
            if (first != null && !key(first.term()).equals(key(t.term())) && !fullFormAndShortForm(first.term(), t.term())) {
                problems.warning("term.preferred-twice", t.at(), id, "two preferred " + t.term().language() + " terms, '"
                        + first.term().text() + "' and '" + t.term().text() + "': translations are held to the first;"
                        + " make the other admitted");
            }
        }
        Map<String, LocatedTerm> seen = new HashMap<>();
        for (LocatedTerm t : c.terms()) {
            String key = key(t.term());
            LocatedTerm earlier = seen.putIfAbsent(key, t);
            if (earlier == null) {
                continue;
            }
            if (earlier.term().status().forbidden() != t.term().status().forbidden()) {
                problems.error("term.conflicting-status", t.at(), id, "term '" + t.term().text() + "' ("
                        + t.term().language() + ") is both " + earlier.term().status().id() + " and " + t.term().status().id());
            } else {
                problems.warning("term.duplicate", t.at(), id, "term '" + t.term().text() + "' (" + t.term().language()
                        + ") is listed twice" + (earlier.at() != null && earlier.at().line() > 0 ? ", first at line " + earlier.at().line() : ""));
            }
        }
    }

    private static final Set<String> SHORT_FORMS = Set.of("acronym", "abbreviation", "shortForm");

    /** "UNCLOS" and "United Nations Convention on the Law of the Sea" may both be preferred: either is right. */
    private static boolean fullFormAndShortForm(Term a, Term b) {
        return isShortForm(a) != isShortForm(b);
    }

    private static boolean isShortForm(Term t) {
        return t.termType() != null && SHORT_FORMS.contains(t.termType());
    }

    private void checkTargets(LocatedConcept c, Set<String> languages) {
        Concept concept = c.concept();
        for (String lang : languages) {
            if (Languages.sameLanguage(lang, sourceLanguage)) {
                continue;
            }
            List<Term> terms = concept.terms(lang);
            if (terms.isEmpty()) {
                problems.warning("term.missing-language", c.at(), concept.id(), "no " + lang + " term");
            } else if (terms.stream().noneMatch(t -> t.status() == TermStatus.PREFERRED)) {
                problems.warning("term.no-preferred", c.at(), concept.id(), "no preferred " + lang + " term among "
                        + terms.stream().map(t -> "'" + t.text() + "' (" + t.status().id() + ")").toList());
            }
        }
    }

    private void checkAcrossConcepts(List<LocatedConcept> concepts) {
        Map<String, List<LocatedConcept>> bySourceTerm = new LinkedHashMap<>();
        Map<String, LocatedTerm> allowedAnywhere = new HashMap<>();
        Map<String, LocatedConcept> allowedIn = new HashMap<>();
        Map<Set<String>, LocatedConcept> byTermSet = new HashMap<>();
        Map<String, LocatedConcept> byTermAndStatus = new HashMap<>();
        for (LocatedConcept c : concepts) {
            checkDuplicateTerms(c, byTermAndStatus);
            for (LocatedTerm t : c.terms()) {
                if (Languages.sameLanguage(t.term().language(), sourceLanguage)) {
                    List<LocatedConcept> list = bySourceTerm.computeIfAbsent(key(t.term()), k -> new ArrayList<>());
                    if (!list.contains(c)) {
                        list.add(c);
                    }
                }
                if (!t.term().status().forbidden()) {
                    allowedAnywhere.putIfAbsent(key(t.term()), t);
                    allowedIn.putIfAbsent(key(t.term()), c);
                }
            }
            Set<String> termSet = new LinkedHashSet<>();
            c.concept().terms().forEach(t -> termSet.add(key(t)));
            LocatedConcept twin = byTermSet.putIfAbsent(termSet, c);
            if (twin != null && !termSet.isEmpty()) {
                problems.warning("concept.duplicate", c.at(), c.concept().id(), "same terms as concept "
                        + twin.concept().id() + ": merge or remove one");
            }
        }
        for (LocatedConcept c : concepts) {
            for (LocatedTerm t : c.terms()) {
                LocatedConcept other = allowedIn.get(key(t.term()));
                if (t.term().status().forbidden() && other != null && other != c) {
                    problems.error("term.conflicting-status", t.at(), c.concept().id(), "'" + t.term().text() + "' ("
                            + t.term().language() + ") is " + t.term().status().id() + " here but "
                            + allowedAnywhere.get(key(t.term())).term().status().id() + " in concept " + other.concept().id()
                            + ": translations would be both required and forbidden to use it");
                }
            }
        }
        for (Map.Entry<String, List<LocatedConcept>> e : bySourceTerm.entrySet()) {
            List<LocatedConcept> list = e.getValue();
            for (int i = 1; i < list.size(); i++) {
                compareTargets(list.get(0), list.get(i));
            }
        }
    }

    /** The same term, language and status in two concepts: most often one concept entered twice. */
    private void checkDuplicateTerms(LocatedConcept c, Map<String, LocatedConcept> byTermAndStatus) {
        Set<String> here = new HashSet<>();
        for (LocatedTerm t : c.terms()) {
            String key = key(t.term()) + "\u0000" + t.term().status();
            if (!here.add(key)) {
                continue;
            }
            LocatedConcept first = byTermAndStatus.putIfAbsent(key, c);
            if (first != null) {
                boolean homonym = !Objects.equals(first.concept().subjectField(), c.concept().subjectField());
                problems.warning("term.duplicate", t.at(), c.concept().id(), "'" + t.term().text() + "' ("
                        + t.term().language() + ") is " + t.term().status().id() + " in concept " + first.concept().id()
                        + " too" + (homonym ? " (another subject field: a homonym?)" : ": merge the two concepts or remove one"));
            }
        }
    }

    private void compareTargets(LocatedConcept first, LocatedConcept second) {
        Set<String> languages = new TreeSet<>();
        first.concept().terms().forEach(t -> languages.add(Languages.primary(t.language())));
        for (String lang : languages) {
            if (Languages.sameLanguage(lang, sourceLanguage)) {
                continue;
            }
            String a = first.concept().preferred(lang).map(Term::text).orElse(null);
            String b = second.concept().preferred(lang).map(Term::text).orElse(null);
            if (a == null || b == null || a.equalsIgnoreCase(b)) {
                continue;
            }
            String source = first.concept().preferred(sourceLanguage).map(Term::text).orElse("?");
            String message = "the source term shared with concept " + first.concept().id()
                    + " has another preferred " + lang + " term: '" + b + "' here, '" + a + "' there";
            if (Objects.equals(first.concept().subjectField(), second.concept().subjectField())) {
                problems.error("term.ambiguous-source", second.at(), second.concept().id(), message
                        + " (same subject field" + (first.concept().subjectField() == null ? "" : " " + first.concept().subjectField())
                        + "; source term '" + source + "')");
            } else {
                problems.warning("term.ambiguous-source", second.at(), second.concept().id(), message
                        + " (different subject fields: a homonym?)");
            }
        }
    }

    private static String key(Term t) {
        return Languages.primary(t.language()) + "\u0000" + Normalizer.normalize(t.text().strip(), Normalizer.Form.NFC)
                .replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
