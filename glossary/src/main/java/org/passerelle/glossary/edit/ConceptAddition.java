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

    /**
     * A term to add with what describes it; a null status takes the addition's default (preferred
     * in a new concept, admitted in an existing one), a null type or part of speech stays unset.
     */
    public record NewTerm(String language, String text, TermStatus status, String termType, String partOfSpeech) {
        public NewTerm(String language, String text, TermStatus status, String termType) {
            this(language, text, status, termType, null);
        }
    }

    private final String conceptId;
    private final List<NewTerm> terms;
    private final ConceptFields fields;
    private final boolean allowDuplicate;
    private Path file;
    private Concept added;
    private List<Term> newTerms = List.of();
    private boolean created;

    /**
     * @param conceptId      the concept to add to, or the id of the new concept; null for a new
     *                       concept with the next free "cN"
     * @param allowDuplicate add a term even when another concept has it in the same language
     *                       with the same status (a homonym); otherwise that is refused
     */
    public ConceptAddition(String conceptId, List<NewTerm> terms, ConceptFields fields, boolean allowDuplicate) {
        this.conceptId = conceptId;
        this.terms = List.copyOf(terms);
        this.fields = fields == null ? ConceptFields.NONE : fields;
        this.allowDuplicate = allowDuplicate;
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
        TermStatus fallback = created ? TermStatus.PREFERRED : TermStatus.ADMITTED;
        List<Term> all = new ArrayList<>(created ? List.of() : existing.terms());
        List<Term> adding = new ArrayList<>();
        for (NewTerm t : terms) {
            Term term = new Term(t.text().strip(), tagIn(all, t.language()),
                    t.status() != null ? t.status() : fallback, t.termType(), t.partOfSpeech(), null);
            if (all.stream().anyMatch(o -> same(o, term))) {
                throw new EditRefusedException(file, "concept " + (created ? "" : existing.id() + " ")
                        + "already has the " + term.language() + " term '" + term.text() + "'");
            }
            all.add(term);
            adding.add(term);
        }
        if (!allowDuplicate) {
            refuseDuplicates(tb, existing, adding);
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

    /**
     * The same term, language and status in another concept is nearly always the concept added a
     * second time; a real homonym is added knowingly, with {@code allowDuplicate}.
     */
    private void refuseDuplicates(Termbase tb, Concept existing, List<Term> adding) throws EditRefusedException {
        for (Term term : adding) {
            for (Concept other : tb.concepts()) {
                if (other == existing) {
                    continue;
                }
                for (Term t : other.terms()) {
                    if (same(t, term) && t.status() == term.status()) {
                        throw new EditRefusedException(file, "refused: the " + term.language() + " term '" + term.text()
                                + "' is already " + t.status().id() + " in concept " + other.id()
                                + (other.subjectField() == null ? "" : " (" + other.subjectField() + ")")
                                + ": add to that concept with --concept " + other.id()
                                + ", or give --allow-duplicate for a homonym");
                    }
                }
            }
        }
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

    static String nextId(Termbase tb) {
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
