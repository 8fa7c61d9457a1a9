package org.passerelle.glossary.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.passerelle.glossary.Concept;
import org.passerelle.glossary.SheetColumns;
import org.passerelle.glossary.Term;
import org.passerelle.glossary.TermStatus;
import org.passerelle.glossary.Termbase;

/**
 * What {@code glossary import} does to a termbase, change by change, so that the user is told
 * each one (and can see them first with {@code --dry-run}). From a TBX file it merges: new
 * concepts and terms are added, statuses and the values given are taken. From a spreadsheet with
 * its columns known it also removes: a cleared cell removes what that column held, and, when the
 * sheet has an {@code id} column, a deleted row removes the concept; a column the sheet never had
 * removes nothing. A row without an id joins the concept that has its source term, or is new.
 */
final class ImportMerge {
    private final Termbase incoming;
    private final SheetColumns columns;
    private final Set<String> unnamed;
    private final boolean keepMissing;
    private final List<String> changes = new ArrayList<>();
    private int added;
    private int changed;
    private int removed;

    /**
     * @param columns     the sheet's columns, or null when the import is not a spreadsheet (merge only)
     * @param unnamed     ids the reader made up for rows that had none
     * @param keepMissing keep the concepts whose rows are not in the sheet (a partial sheet)
     */
    ImportMerge(Termbase incoming, SheetColumns columns, Set<String> unnamed, boolean keepMissing) {
        this.incoming = incoming;
        this.columns = columns;
        this.unnamed = unnamed;
        this.keepMissing = keepMissing;
    }

    /** @param conversions what was converted to make a TBX v2 source TBX-Basic v3, listed first */
    TermbaseEditor.ImportResult result(boolean created, Map<String, Integer> conversions) {
        List<String> all = new ArrayList<>();
        conversions.forEach((what, n) -> all.add("converted to TBX-Basic: " + what + (n == 1 ? "" : " (" + n + " times)")));
        all.addAll(created ? List.of() : changes);
        return new TermbaseEditor.ImportResult(created, added, changed, removed, List.copyOf(all));
    }

    Termbase apply(Termbase tb) {
        Termbase result = tb;
        for (Concept in : incoming.concepts()) {
            Concept existing = unnamed.contains(in.id()) ? bySourceTerm(result, in) : result.concept(in.id()).orElse(null);
            if (existing == null) {
                Concept named = unnamed.contains(in.id()) ? rename(in, ConceptAddition.nextId(result)) : in;
                result = result.with(named);
                added++;
                changes.add("added concept " + named.id() + ": " + terms(named.terms()));
                continue;
            }
            Concept merged = merge(existing, in, unnamed.contains(in.id()));
            if (!merged.equals(existing)) {
                result = result.with(merged);
                changed++;
            }
        }
        if (columns != null && columns.hasIds() && !keepMissing) {
            for (Concept c : tb.concepts()) {
                if (incoming.concept(c.id()).filter(row -> !unnamed.contains(row.id())).isEmpty()) {
                    result = result.without(c.id());
                    removed++;
                    changes.add("removed concept " + c.id() + " (its row is gone): " + terms(c.terms()));
                }
            }
        }
        return result;
    }

    /**
     * @param joined the row had no id and joined this concept by its source term: its terms are
     *               synonyms to the termbase (admitted where the concept has a preferred one) and
     *               its comment does not replace the concept's own note
     */
    private Concept merge(Concept existing, Concept in, boolean joined) {
        String id = existing.id();
        List<Term> terms = new ArrayList<>();
        for (Term old : existing.terms()) {
            Term now = TermbaseEditor.find(in, old.language(), old.text());
            if (now == null) {
                if (columns != null && columns.hasTerms(old.language(), old.status())) {
                    changes.add(id + ": removed " + old.language() + " '" + old.text() + "' (" + old.status().id() + ")");
                } else {
                    terms.add(old);
                }
                continue;
            }
            terms.add(mergeTerm(id, old, now));
        }
        for (Term t : in.terms()) {
            if (TermbaseEditor.find(existing, t.language(), t.text()) == null) {
                if (joined && t.status() == TermStatus.PREFERRED && existing.preferred(t.language())
                        .filter(p -> p.status() == TermStatus.PREFERRED).isPresent()) {
                    t = t.withStatus(TermStatus.ADMITTED);
                }
                terms.add(t);
                changes.add(id + ": added " + t.language() + " '" + t.text() + "' (" + t.status().id() + ")");
            }
        }
        if (joined) {
            return new Concept(id, existing.subjectField(), existing.definition(),
                    existing.note() != null ? existing.note() : field(id, "note", null, in.note()), terms);
        }
        return new Concept(id, field(id, "subjectField", existing.subjectField(), in.subjectField()),
                field(id, "definition", existing.definition(), in.definition()),
                field(id, "note", existing.note(), in.note()), terms);
    }

    private Term mergeTerm(String id, Term old, Term now) {
        String what = id + ": " + old.language() + " '" + old.text() + "'";
        if (old.status() != now.status()) {
            changes.add(what + " " + old.status().id() + " -> " + now.status().id());
        }
        String text = now.text();
        if (!text.equals(old.text())) {
            changes.add(what + " written '" + text + "'");
        }
        String type = category(what, "termType", old, now, old.termType(), now.termType());
        String pos = category(what, "partOfSpeech", old, now, old.partOfSpeech(), now.partOfSpeech());
        String context = category(what, "context", old, now, old.context(), now.context());
        return new Term(text, old.language(), now.status(), type, pos, context);
    }

    /** A value the import states replaces the old one; one it cannot state (no column, or TBX without it) keeps it. */
    private String category(String what, String category, Term old, Term now, String before, String after) {
        boolean stated = columns == null ? after != null : columns.hasCategory(now.language(), now.status(), category);
        if (!stated || Objects.equals(before, after)) {
            return before;
        }
        changes.add(what + " " + category + (after == null ? " removed" : before == null ? " set" : " changed"));
        return after;
    }

    private String field(String id, String name, String before, String after) {
        boolean stated = columns == null ? after != null : columns.hasField(name);
        if (!stated || Objects.equals(before, after)) {
            return before;
        }
        changes.add(id + ": " + name + (after == null ? " removed" : before == null ? " set" : " changed"));
        return after;
    }

    /** The one concept that has a source-language term of this row, or null. */
    private static Concept bySourceTerm(Termbase tb, Concept row) {
        String source = tb.sourceLanguage() != null ? tb.sourceLanguage() : row.terms().get(0).language();
        List<Concept> found = new ArrayList<>();
        for (Term t : row.terms(source)) {
            for (Concept c : tb.concepts()) {
                if (TermbaseEditor.find(c, t.language(), t.text()) != null && !found.contains(c)) {
                    found.add(c);
                }
            }
        }
        return found.size() == 1 ? found.get(0) : null;
    }

    private static Concept rename(Concept c, String id) {
        return new Concept(id, c.subjectField(), c.definition(), c.note(), c.terms());
    }

    private static String terms(List<Term> terms) {
        return String.join(", ", terms.stream().map(t -> t.language() + " '" + t.text() + "'"
                + (t.status() == TermStatus.PREFERRED ? "" : " (" + t.status().id() + ")")).toList());
    }
}
