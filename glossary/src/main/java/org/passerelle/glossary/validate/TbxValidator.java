package org.passerelle.glossary.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.passerelle.core.InputException;
import org.passerelle.glossary.Concept;
import org.passerelle.glossary.EntryMapping;
import org.passerelle.glossary.TbxReader;
import org.passerelle.glossary.Term;
import org.passerelle.glossary.Termbase;
import org.passerelle.glossary.tbx.ConceptEntry;
import org.passerelle.glossary.tbx.LangSec;
import org.passerelle.glossary.tbx.TbxDocument;
import org.passerelle.glossary.tbx.TermSec;
import org.passerelle.glossary.validate.MaintenanceRules.LocatedConcept;
import org.passerelle.glossary.validate.MaintenanceRules.LocatedTerm;
import org.passerelle.glossary.validate.Problem.Severity;

/**
 * {@code glossary validate}: TBX structure and TBX-Basic rules, then the mistakes maintainers
 * make. A file that is not well-formed XML is an {@link InputException}, not a list of problems.
 */
public final class TbxValidator {

    public List<Problem> validate(Path file) throws InputException {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".csv") || name.endsWith(".tsv")) {
            return validate(file, new TbxReader().read(file));
        }
        return validateDocument(file, new TbxReader().readDocument(file));
    }

    /**
     * Every rule on a document, as read from {@code file} or about to be written to it: a TBX v2
     * one by TBX v2's rules (TBX 2008 and its default dialect, or TBX-Basic v2), a v3 one by TBX-Basic v3's.
     */
    public List<Problem> validateDocument(Path file, TbxDocument doc) {
        Problems problems = new Problems(file);
        new StructureRules(problems).check(doc);
        new TargetRules(problems).check(doc);
        String source = doc.lang();
        List<LocatedConcept> concepts = new ArrayList<>();
        for (ConceptEntry entry : doc.conceptEntries()) {
            List<LocatedTerm> terms = new ArrayList<>();
            for (LangSec langSec : entry.langSecs()) {
                for (TermSec termSec : langSec.termSecs()) {
                    Term term = EntryMapping.toTerm(termSec, langSec.lang());
                    if (term != null) {
                        terms.add(new LocatedTerm(term, termSec.term(), termSec.term().text()));
                    }
                }
            }
            concepts.add(new LocatedConcept(EntryMapping.toConcept(entry, source), entry, terms));
        }
        new MaintenanceRules(problems, source).check(concepts);
        return problems.sorted();
    }

    /** The cross-concept rules on a termbase without positions (CSV). */
    public List<Problem> validate(Path file, Termbase termbase) {
        Problems problems = new Problems(file);
        List<LocatedConcept> concepts = new ArrayList<>();
        for (Concept c : termbase.concepts()) {
            concepts.add(new LocatedConcept(c, null, c.terms().stream().map(t -> new LocatedTerm(t, null, t.text())).toList()));
        }
        new MaintenanceRules(problems, termbase.sourceLanguage()).check(concepts);
        return problems.sorted();
    }

    public static boolean hasErrors(List<Problem> problems) {
        return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
    }
}
