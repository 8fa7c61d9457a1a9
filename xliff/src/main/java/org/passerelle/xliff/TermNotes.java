package org.passerelle.xliff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.passerelle.glossary.Concept;
import org.passerelle.glossary.Term;
import org.passerelle.glossary.TermHit;
import org.passerelle.glossary.TermMatcher;
import org.passerelle.glossary.TermStatus;
import org.passerelle.glossary.Termbase;

/** The termbase concepts occurring in a source text, with their target terms, one note per concept. */
final class TermNotes {

    private final TermMatcher matcher;

    private TermNotes(TermMatcher matcher) {
        this.matcher = matcher;
    }

    /** Null-safe: an absent or empty termbase finds nothing (and builds no matcher). */
    static TermNotes of(Termbase termbase, String sourceLanguage) {
        if (termbase == null || termbase.size() == 0) {
            return new TermNotes(null);
        }
        return new TermNotes(TermMatcher.of(termbase, LanguageTags.primary(sourceLanguage)));
    }

    List<TermNote> find(String sourceText, String targetLanguage, String sourceLanguage) {
        if (matcher == null) {
            return List.of();
        }
        Map<String, TermNote> byConcept = new LinkedHashMap<>();
        for (TermHit hit : matcher.find(sourceText)) {
            Concept c = hit.concept();
            if (byConcept.containsKey(c.id())) {
                continue;
            }
            String source = c.preferred(sourceLanguage).map(Term::text).orElse(hit.term().text());
            List<String> preferred = new ArrayList<>();
            c.allowed(targetLanguage).stream()
                    .sorted((a, b) -> Boolean.compare(b.status() == TermStatus.PREFERRED, a.status() == TermStatus.PREFERRED))
                    .forEach(t -> preferred.add(t.text()));
            List<String> forbidden = c.forbidden(targetLanguage).stream().map(Term::text).toList();
            byConcept.put(c.id(), new TermNote(c.id(), source, preferred, forbidden));
        }
        return List.copyOf(byConcept.values());
    }
}
