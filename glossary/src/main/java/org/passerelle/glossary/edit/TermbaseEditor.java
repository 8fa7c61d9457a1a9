package org.passerelle.glossary.edit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.passerelle.core.InputException;
import org.passerelle.glossary.Concept;
import org.passerelle.glossary.SheetColumns;
import org.passerelle.glossary.TbxReader;
import org.passerelle.glossary.TbxWriter;
import org.passerelle.glossary.Term;
import org.passerelle.glossary.TermStatus;
import org.passerelle.glossary.TermbaseFormat;
import org.passerelle.glossary.Termbase;
import org.passerelle.glossary.validate.Problem;
import org.passerelle.glossary.validate.Problem.Severity;
import org.passerelle.glossary.validate.TbxValidator;
import org.passerelle.glossary.xml.XmlChars;
import org.passerelle.core.Languages;

/**
 * The editing commands of {@code glossary}: each one reads the termbase, changes it, checks that
 * the change adds no validation error, and rewrites the file atomically, all under a lock, so that
 * two editors at the same time both see their edit kept. Entries an edit does not touch are written
 * back byte for byte as read (see {@link org.passerelle.glossary.TbxWriter}); a CSV or TSV file is
 * written back as CSV or TSV, with its own delimiter.
 */
public final class TermbaseEditor {
    /** A change to a termbase; may refuse by throwing. */
    @FunctionalInterface
    public interface Change {
        Termbase apply(Termbase termbase) throws EditRefusedException;
    }

    private final Path file;
    private List<Problem> warnings = List.of();

    public TermbaseEditor(Path file) {
        this.file = file;
    }

    /**
     * What {@link #importFrom} did: whether it created the file, how many concepts it added,
     * changed and removed, and each change in words ("c3: removed en 'South China Sea' (deprecated)").
     */
    public record ImportResult(boolean created, int added, int changed, int removed, List<String> changes) {
    }

    /**
     * How an import treats what the source does not say.
     *
     * @param keepMissing keep the concepts a spreadsheet with ids has no row for (a partial sheet)
     * @param dryRun      work out and check every change, and write nothing
     */
    public record ImportOptions(boolean keepMissing, boolean dryRun) {
        public static final ImportOptions DEFAULT = new ImportOptions(false, false);
    }

    /** The warnings the last edit brought in (a second preferred term, a duplicate…): written, but worth a word. */
    public List<Problem> warnings() {
        return warnings;
    }

    /** Reads, changes, validates and writes under the lock; returns the termbase as written. */
    public Termbase edit(Change change) throws InputException, IOException {
        try (TermbaseLock lock = TermbaseLock.acquire(file)) {
            return changeLocked(change);
        }
    }

    private Termbase changeLocked(Change change) throws InputException, IOException {
        Termbase before = new TbxReader().read(file);
        Termbase after = change.apply(before);
        refuseNewErrors(before, after);
        TermbaseFormat format = TermbaseFormat.forName(file);
        (format == null ? TermbaseFormat.TBX : format).rewrite(after, file);
        return after;
    }

    /**
     * Adds a concept with these terms, or, when {@code conceptId} names an existing concept, adds
     * the terms to it. A new concept without an id gets the next free "cN".
     */
    public Concept add(String conceptId, List<Term> terms) throws InputException, IOException {
        return add(new ConceptAddition(conceptId, terms.stream()
                .map(t -> new ConceptAddition.NewTerm(t.language(), t.text(), t.status(), t.termType(), t.partOfSpeech())).toList(),
                ConceptFields.NONE, false));
    }

    /** Applies an addition, concept fields included, as one edit; returns the concept as written. */
    public Concept add(ConceptAddition addition) throws InputException, IOException {
        edit(addition.in(file));
        return addition.concept();
    }

    /** Sets the status of a term, found in {@code conceptId} or, when null, in the one concept that has it. */
    public Concept setStatus(String conceptId, String lang, String text, TermStatus status) throws InputException, IOException {
        String[] id = {null};
        Termbase result = edit(tb -> {
            Concept concept = conceptWith(tb, conceptId, lang, text);
            id[0] = concept.id();
            return tb.with(replace(concept, find(concept, lang, text), status));
        });
        return result.concept(id[0]).orElseThrow();
    }

    /**
     * Deprecates a term in favour of {@code replacement}, which becomes the preferred term of its
     * concept (added when it is not there yet).
     */
    public Concept deprecate(String conceptId, String lang, String text, String replacement) throws InputException, IOException {
        String[] id = {null};
        Termbase result = edit(tb -> {
            Concept concept = conceptWith(tb, conceptId, lang, text);
            id[0] = concept.id();
            Term old = find(concept, lang, text);
            Concept changed = replace(concept, old, TermStatus.DEPRECATED);
            if (replacement != null) {
                Term existing = find(changed, lang, replacement);
                if (existing != null) {
                    changed = replace(changed, existing, TermStatus.PREFERRED);
                } else {
                    List<Term> terms = new ArrayList<>(changed.terms());
                    terms.add(new Term(replacement, old.language(), TermStatus.PREFERRED, null));
                    changed = copy(changed, terms);
                }
            }
            return tb.with(changed);
        });
        return result.concept(id[0]).orElseThrow();
    }

    /** Removes a whole concept. */
    public void removeConcept(String conceptId) throws InputException, IOException {
        edit(tb -> {
            if (tb.concept(conceptId).isEmpty()) {
                throw refused("no concept '" + conceptId + "'");
            }
            return tb.without(conceptId);
        });
    }

    /** Removes one term; a concept left without terms is removed too. */
    public void removeTerm(String conceptId, String lang, String text) throws InputException, IOException {
        edit(tb -> {
            Concept concept = conceptWith(tb, conceptId, lang, text);
            List<Term> terms = new ArrayList<>(concept.terms());
            terms.remove(find(concept, lang, text));
            return terms.isEmpty() ? tb.without(concept.id()) : tb.with(copy(concept, terms));
        });
    }

    /**
     * {@code glossary import} from a TBX file: merges it into this termbase, or creates the file
     * from it when there is none, in the format its name asks for. A concept whose id is new is
     * added; one whose id exists gets the terms it lacks, the imported status of the terms it has,
     * and the imported values where they are given. Creating takes the lock too, so that two
     * imports into a file that does not exist yet do not overwrite each other.
     */
    public ImportResult importFrom(Termbase other) throws InputException, IOException {
        return importFrom(other, null, Set.of(), ImportOptions.DEFAULT);
    }

    /**
     * {@code glossary import} from a spreadsheet whose columns are known: as {@link #importFrom(Termbase)},
     * and what the sheet's columns held but no longer do is removed (see {@link ImportMerge}).
     *
     * @param columns    the sheet's columns; null for a source that is not a spreadsheet
     * @param unnamedIds ids the reader made up for rows without one: such a row joins the concept
     *                   that has its source term, or gets the next free id
     */
    public ImportResult importFrom(Termbase other, SheetColumns columns, Set<String> unnamedIds, ImportOptions options)
            throws InputException, IOException {
        try (TermbaseLock lock = TermbaseLock.acquire(file)) {
            boolean create = !Files.exists(file);
            Termbase before = create ? new Termbase(other.sourceLanguage(), List.of()) : new TbxReader().read(file);
            ImportMerge merge = new ImportMerge(other, create ? null : columns, unnamedIds, options.keepMissing());
            Termbase after = merge.apply(before);
            if (create) {
                refuseNewFormat();
            }
            refuseNewErrors(before, after);
            if (!options.dryRun()) {
                TermbaseFormat format = TermbaseFormat.forName(file);
                if (create) {
                    // The source's own document, so that what the model does not hold comes along.
                    format.write(other.document().isPresent() && columns == null ? other : after, file);
                } else {
                    (format == null ? TermbaseFormat.TBX : format).rewrite(after, file);
                }
            }
            return merge.result(create, other.document().map(d -> d.conversions()).orElse(Map.of()));
        }
    }

    private void refuseNewFormat() throws EditRefusedException {
        if (TermbaseFormat.forName(file) == null) {
            throw refused("a new termbase must end in .tbx, .csv or .tsv");
        }
    }

    /** Sets or removes a concept's subject field, definition or note. */
    public Concept setFields(String conceptId, ConceptFields fields) throws InputException, IOException {
        Termbase result = edit(tb -> {
            Concept c = tb.concept(conceptId).orElseThrow(() -> refused("no concept '" + conceptId + "'"));
            return tb.with(fields.applyTo(c));
        });
        return result.concept(conceptId).orElseThrow();
    }

    /**
     * Validates the document as it would be written, every rule included (a v2 file is written
     * as TBX-Basic v3, so it is checked as that), against the same for the termbase before the edit.
     */
    private void refuseNewErrors(Termbase before, Termbase after) throws EditRefusedException {
        TbxValidator validator = new TbxValidator();
        TbxWriter writer = new TbxWriter();
        Set<String> existing = new HashSet<>();
        for (Problem p : validator.validateDocument(file, writer.document(before))) {
            existing.add(p.rule() + " " + p.conceptId() + " " + p.message());
        }
        List<Problem> introduced = new ArrayList<>();
        for (Problem p : validator.validateDocument(file, writer.document(after))) {
            if (existing.contains(p.rule() + " " + p.conceptId() + " " + p.message())) {
                continue;
            }
            if (p.severity() == Severity.ERROR) {
                throw refused("refused: the termbase would become invalid: [" + p.conceptId() + "] " + p.message());
            }
            introduced.add(p);
        }
        warnings = List.copyOf(introduced);
        for (Concept c : after.concepts()) {
            refuseNonXmlText(c);
            for (Term t : c.terms()) {
                if (t.text().isBlank() || !t.text().equals(t.text().strip())) {
                    throw refused("refused: term '" + t.text() + "' is empty or has leading or trailing spaces");
                }
                if (!Languages.isTag(t.language())) {
                    throw refused("refused: '" + t.language() + "' is not a language tag (fr, en-GB, vi)");
                }
            }
        }
    }

    /** A control character would be written into a file that no XML 1.0 parser reads again. */
    private void refuseNonXmlText(Concept c) throws EditRefusedException {
        List<String> texts = new ArrayList<>();
        c.terms().forEach(t -> texts.add(t.text()));
        for (String field : new String[] {c.id(), c.subjectField(), c.definition(), c.note()}) {
            if (field != null) {
                texts.add(field);
            }
        }
        for (String text : texts) {
            int at = XmlChars.firstNonXml10(text);
            if (at >= 0) {
                throw refused(String.format("refused: [%s] '%s' has the control character U+%04X at position %d,"
                        + " which a TBX file cannot hold", c.id(), text.replaceAll("\\p{Cntrl}", "?"), (int) text.charAt(at), at + 1));
            }
        }
    }

    private Concept conceptWith(Termbase tb, String conceptId, String lang, String text) throws EditRefusedException {
        List<Concept> candidates = conceptId != null
                ? tb.concept(conceptId).map(List::of).orElseThrow(() -> refused("no concept '" + conceptId + "'"))
                : tb.concepts();
        List<Concept> having = candidates.stream().filter(c -> find(c, lang, text) != null).toList();
        if (having.isEmpty()) {
            throw refused("no " + lang + " term '" + text + "'" + (conceptId == null ? "" : " in concept " + conceptId));
        }
        if (having.size() > 1) {
            throw refused("the " + lang + " term '" + text + "' is in several concepts "
                    + having.stream().map(Concept::id).toList() + ": say which with --concept");
        }
        return having.get(0);
    }

    static Term find(Concept concept, String lang, String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        for (Term t : concept.terms(lang)) {
            if (t.text().toLowerCase(Locale.ROOT).equals(wanted)) {
                return t;
            }
        }
        return null;
    }

    private static Concept replace(Concept concept, Term old, TermStatus status) {
        List<Term> terms = new ArrayList<>(concept.terms());
        terms.set(terms.indexOf(old), old.withStatus(status));
        return copy(concept, terms);
    }

    private static Concept copy(Concept c, List<Term> terms) {
        return new Concept(c.id(), c.subjectField(), c.definition(), c.note(), terms);
    }

    private EditRefusedException refused(String reason) {
        return new EditRefusedException(file, reason);
    }
}
