package org.passerelle.glossary;

import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.dom.DOMResult;
import org.passerelle.glossary.tbx.ConceptEntry;
import org.passerelle.glossary.tbx.LangSec;
import org.passerelle.glossary.tbx.Note;
import org.passerelle.glossary.tbx.TbxContext;
import org.passerelle.glossary.tbx.TermElement;
import org.passerelle.glossary.tbx.TermSec;

/**
 * Brings a TBX entry in line with a {@link Concept}, touching only what differs: an entry whose
 * concept did not change is returned as it was read, with every element another tool put there.
 */
final class EntryUpdate {
    private EntryUpdate() {
    }

    /** A new TBX-Basic entry, in the file's style, for a concept that has no entry yet. */
    static ConceptEntry create(Concept concept, DataCategories style) {
        return apply(new ConceptEntry(concept.id()), concept, null, style);
    }

    /** {@code original} itself when nothing changed, else an updated copy of it. */
    static ConceptEntry reconcile(ConceptEntry original, Concept concept, String sourceLanguage, DataCategories style) {
        Concept before = EntryMapping.toConcept(original, sourceLanguage);
        if (before.equals(concept)) {
            return original;
        }
        return apply(copy(original), concept, before, style);
    }

    private static ConceptEntry apply(ConceptEntry entry, Concept concept, Concept before, DataCategories style) {
        entry.setId(concept.id());
        if (before == null || !Objects.equals(before.subjectField(), concept.subjectField())) {
            style.setConceptLevel(entry, EntryMapping.SUBJECT_FIELD, concept.subjectField());
        }
        if (before == null || !Objects.equals(before.definition(), concept.definition())) {
            style.setConceptLevel(entry, EntryMapping.DEFINITION, concept.definition());
        }
        if (before == null || !Objects.equals(before.note(), concept.note())) {
            setNote(entry, concept.note());
        }
        updateTerms(entry, concept, style);
        return entry;
    }

    private static void setNote(ConceptEntry entry, String value) {
        List<Note> notes = entry.children(Note.class);
        if (value == null) {
            if (!notes.isEmpty()) {
                entry.children().remove(notes.get(0));
            }
        } else if (notes.isEmpty()) {
            insertBeforeLangSecs(entry, new Note(null, value));
        } else {
            notes.get(0).setText(value);
        }
    }

    private static void insertBeforeLangSecs(ConceptEntry entry, Object child) {
        List<Object> children = entry.children();
        int at = children.size();
        for (int i = 0; i < children.size(); i++) {
            if (children.get(i) instanceof LangSec) {
                at = i;
                break;
            }
        }
        children.add(at, child);
    }

    private static void updateTerms(ConceptEntry entry, Concept concept, DataCategories style) {
        List<Term> missing = new ArrayList<>(concept.terms());
        for (LangSec langSec : entry.langSecs()) {
            for (TermSec termSec : langSec.termSecs()) {
                Term existing = EntryMapping.toTerm(termSec, langSec.lang());
                Term wanted = existing == null ? null : find(missing, existing);
                if (wanted == null) {
                    langSec.children().remove(termSec);
                    continue;
                }
                missing.remove(wanted);
                if (existing.status() != wanted.status()) {
                    style.setTermLevel(termSec, EntryMapping.STATUS, wanted.status().tbxValue());
                }
                if (!Objects.equals(existing.termType(), wanted.termType())) {
                    style.setTermLevel(termSec, EntryMapping.TERM_TYPE, wanted.termType());
                }
                if (!Objects.equals(existing.partOfSpeech(), wanted.partOfSpeech())) {
                    style.setTermLevel(termSec, EntryMapping.PART_OF_SPEECH, wanted.partOfSpeech());
                }
                if (!Objects.equals(existing.context(), wanted.context())) {
                    style.setTermLevel(termSec, EntryMapping.CONTEXT, wanted.context());
                }
            }
            if (langSec.termSecs().isEmpty()) {
                entry.children().remove(langSec);
            }
        }
        for (Term term : missing) {
            LangSec langSec = entry.langSecs().stream()
                    .filter(l -> Objects.equals(l.lang(), term.language())).findFirst()
                    .orElseGet(() -> {
                        LangSec created = new LangSec(term.language());
                        entry.insertAfterLast(created, c -> true);
                        return created;
                    });
            langSec.insertAfterLast(newTermSec(term, style), c -> true);
        }
    }

    private static Term find(List<Term> terms, Term like) {
        for (Term t : terms) {
            if (t.language().equals(like.language()) && t.text().equals(like.text())) {
                return t;
            }
        }
        return null;
    }

    private static TermSec newTermSec(Term term, DataCategories style) {
        TermSec termSec = new TermSec();
        termSec.children().add(new TermElement(null, term.text()));
        if (term.termType() != null) {
            style.setTermLevel(termSec, EntryMapping.TERM_TYPE, term.termType());
        }
        style.setTermLevel(termSec, EntryMapping.STATUS, term.status().tbxValue());
        if (term.partOfSpeech() != null) {
            style.setTermLevel(termSec, EntryMapping.PART_OF_SPEECH, term.partOfSpeech());
        }
        if (term.context() != null) {
            style.setTermLevel(termSec, EntryMapping.CONTEXT, term.context());
        }
        return termSec;
    }

    /** A deep copy through JAXB itself, so that unknown DOM content is copied too. */
    static ConceptEntry copy(ConceptEntry entry) {
        try {
            DOMResult dom = new DOMResult(DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument());
            Marshaller marshaller = TbxContext.get().createMarshaller();
            marshaller.setProperty(Marshaller.JAXB_FRAGMENT, true);
            marshaller.marshal(entry, dom);
            return (ConceptEntry) TbxContext.get().createUnmarshaller().unmarshal(dom.getNode());
        } catch (JAXBException | ParserConfigurationException e) {
            throw new IllegalStateException("cannot copy concept entry " + entry.id(), e);
        }
    }
}
