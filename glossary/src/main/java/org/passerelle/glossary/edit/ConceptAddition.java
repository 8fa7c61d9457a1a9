package org.passerelle.glossary.edit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.passerelle.glossary.Concept;
import org.passerelle.core.Languages;
import org.passerelle.glossary.Term;
import org.passerelle.glossary.TermStatus;
import org.passerelle.glossary.Termbase;

/**
 * One addition to a termbase as a single edit: a new concept, or terms added to an existing one,
 * together with the concept's fields, so that a refused edit leaves nothing half-done. Apply it
 * with {@link TermbaseEditor#add(ConceptAddition)}; afterwards it tells what it added.
 */
public final class ConceptAddition implements TermbaseEditor.Change {
    private static final Pattern NUMBERED_ID = Pattern.compile("c(\\d+)");
    private static final Pattern XML_ID = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}._\\-]*");

    /** A term to add; a null status or type takes the addition's default. */
    public record NewTerm(String language, String text, TermStatus status, String termType) {
    }

    private final String conceptId;
    private final List<NewTerm> terms;
    private final TermStatus status;
    private final String termType;
    private final ConceptFields fields;
    private Path file;
    private Concept added;
    private List<Term> newTerms = List.of();
    private boolean created;

    /**
     * @param conceptId the concept to add to, or the id of the new concept; null for a new
     *                  concept with the next free "cN"
     * @param status    status of the terms that give none; null for preferred in a new concept
     *                  and admitted in an existing one, since a term added later is usually a synonym
     * @param termType  type of the terms that give none, or null
     */
    public ConceptAddition(String conceptId, List<NewTerm> terms, TermStatus status, String termType, ConceptFields fields) {
        this.conceptId = conceptId;
        this.terms = List.copyOf(terms);
        this.status = status;
        this.termType = termType;
        this.fields = fields == null ? ConceptFields.NONE : fields;
    }

    ConceptAddition in(Path termbaseFile) {
        this.file = termbaseFile;
        return this;
    }

    @Override
    public Termbase apply(Termbase tb) throws EditRefusedException {
        if (terms.isEmpty()) {
            throw new EditRefusedException(file, "nothing to add: give at least one term");
        }
        Concept existing = conceptId == null ? null : tb.concept(conceptId).orElse(null);
        created = existing == null;
        TermStatus fallback = status != null ? status : created ? TermStatus.PREFERRED : TermStatus.ADMITTED;
        List<Term> all = new ArrayList<>(created ? List.of() : existing.terms());
        List<Term> adding = new ArrayList<>();
        for (NewTerm t : terms) {
            Term term = new Term(t.text().strip(), tagIn(all, t.language()),
                    t.status() != null ? t.status() : fallback, t.termType() != null ? t.termType() : termType);
            if (all.stream().anyMatch(o -> same(o, term))) {
                throw new EditRefusedException(file, "concept " + (created ? "" : existing.id() + " ")
                        + "already has the " + term.language() + " term '" + term.text() + "'");
            }
            all.add(term);
            adding.add(term);
        }
        String id = created ? (conceptId != null ? conceptId : nextId(tb)) : existing.id();
        if (!XML_ID.matcher(id).matches()) {
            throw new EditRefusedException(file, "'" + id
                    + "' cannot be a concept id: use letters, digits, '.', '_' or '-', starting with a letter");
        }
        Concept base = created ? new Concept(id, null, null, null, all)
                : new Concept(id, existing.subjectField(), existing.definition(), existing.note(), all);
        added = fields.applyTo(base);
        newTerms = List.copyOf(adding);
        return tb.with(added);
    }

    /** The concept as the addition left it; null before it was applied. */
    public Concept concept() {
        return added;
    }

    /** The terms added, with the language tag and status they were given. */
    public List<Term> newTerms() {
        return newTerms;
    }

    /** True when the addition made a new concept rather than adding to one. */
    public boolean created() {
        return created;
    }

    /** The concept's own tag for this language ("en-GB" when the user typed "en"), so no second langSec appears. */
    private static String tagIn(List<Term> terms, String lang) {
        for (Term t : terms) {
            if (t.language().equalsIgnoreCase(lang)) {
                return t.language();
            }
        }
        boolean primaryOnly = Languages.primary(lang).equals(lang.toLowerCase(Locale.ROOT));
        for (Term t : terms) {
            if (primaryOnly && Languages.sameLanguage(t.language(), lang)) {
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
