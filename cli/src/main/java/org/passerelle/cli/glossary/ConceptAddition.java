package org.passerelle.cli.glossary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.passerelle.glossary.Concept;
import org.passerelle.glossary.Languages;
import org.passerelle.glossary.Term;
import org.passerelle.glossary.TermStatus;
import org.passerelle.glossary.Termbase;
import org.passerelle.glossary.edit.EditRefusedException;
import org.passerelle.glossary.edit.TermbaseEditor;

/**
 * The change {@code glossary add} makes, as one edit: a new concept, or terms added to an existing
 * one, together with the concept's fields (which {@link TermbaseEditor#add} does not take), so
 * that a refused edit leaves nothing half-done.
 */
final class ConceptAddition implements TermbaseEditor.Change {
    private static final Pattern NUMBERED_ID = Pattern.compile("c(\\d+)");
    private static final Pattern XML_ID = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}._\\-]*");

    private final Path file;
    private final String conceptId;
    private final List<TermArgument> terms;
    private final TermStatus status;
    private final String termType;
    private final ConceptFields fields;
    private Concept added;
    private List<Term> newTerms;
    private boolean created;

    /** {@code status} and {@code termType} apply to the terms that do not give their own; null for the defaults. */
    ConceptAddition(Path file, String conceptId, List<TermArgument> terms, TermStatus status, String termType,
            ConceptFields fields) {
        this.file = file;
        this.conceptId = conceptId;
        this.terms = terms;
        this.status = status;
        this.termType = termType;
        this.fields = fields;
    }

    @Override
    public Termbase apply(Termbase tb) throws EditRefusedException {
        Concept existing = conceptId == null ? null : tb.concept(conceptId).orElse(null);
        created = existing == null;
        // A new concept's terms are what it is called; a term added later is usually a synonym.
        TermStatus fallback = status != null ? status : created ? TermStatus.PREFERRED : TermStatus.ADMITTED;
        List<Term> all = new ArrayList<>(created ? List.of() : existing.terms());
        newTerms = new ArrayList<>();
        for (TermArgument t : terms) {
            Term term = new Term(t.text(), tagIn(all, t.lang()), t.status() != null ? t.status() : fallback, termType);
            if (all.stream().anyMatch(o -> same(o, term))) {
                throw new EditRefusedException(file, "concept " + (created ? "" : existing.id() + " ")
                        + "already has the " + term.language() + " term '" + term.text() + "'");
            }
            all.add(term);
            newTerms.add(term);
        }
        String id = created ? (conceptId != null ? conceptId : nextId(tb)) : existing.id();
        if (!XML_ID.matcher(id).matches()) {
            throw new EditRefusedException(file, "'" + id
                    + "' cannot be a concept id: use letters, digits, '.', '_' or '-', starting with a letter");
        }
        Concept base = created ? new Concept(id, null, null, null, all)
                : new Concept(id, existing.subjectField(), existing.definition(), existing.note(), all);
        added = fields.applyTo(base);
        return tb.with(added);
    }

    /** "added concept c107: fr 'X' (preferred), en 'Y' (preferred)", after {@link #apply}. */
    String describe() {
        StringBuilder sb = new StringBuilder(created ? "added concept " : "added to concept ").append(added.id()).append(": ");
        for (int i = 0; i < newTerms.size(); i++) {
            Term t = newTerms.get(i);
            sb.append(i == 0 ? "" : ", ").append(t.language()).append(" '").append(t.text()).append("' (")
                    .append(t.status().id()).append(')');
        }
        String changedFields = fields.describe();
        return changedFields.isEmpty() ? sb.toString() : sb.append("; ").append(changedFields).toString();
    }

    /** The concept's own tag for this language ("en-GB" when the user typed "en"), so no second langSec appears. */
    private static String tagIn(List<Term> terms, String lang) {
        for (Term t : terms) {
            if (t.language().equalsIgnoreCase(lang)) {
                return t.language();
            }
        }
        for (Term t : terms) {
            if (Languages.primary(lang).equals(lang.toLowerCase(Locale.ROOT)) && Languages.sameLanguage(t.language(), lang)) {
                return t.language();
            }
        }
        return lang;
    }

    private static boolean same(Term a, Term b) {
        return Languages.sameLanguage(a.language(), b.language()) && a.text().equalsIgnoreCase(b.text());
    }

    private static String nextId(Termbase tb) {
        int max = 0;
        for (Concept c : tb.concepts()) {
            Matcher m = NUMBERED_ID.matcher(c.id());
            if (m.matches()) {
                max = Math.max(max, Integer.parseInt(m.group(1)));
            }
        }
        return "c" + (max + 1);
    }
}
