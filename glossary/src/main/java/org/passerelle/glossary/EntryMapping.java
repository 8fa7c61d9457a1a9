package org.passerelle.glossary;

import org.passerelle.core.Languages;
import java.util.ArrayList;
import java.util.List;
import org.passerelle.glossary.tbx.Container;
import org.passerelle.glossary.tbx.ConceptEntry;
import org.passerelle.glossary.tbx.DataElement;
import org.passerelle.glossary.tbx.DescripGrp;
import org.passerelle.glossary.tbx.LangSec;
import org.passerelle.glossary.tbx.Note;
import org.passerelle.glossary.tbx.TermElement;
import org.passerelle.glossary.tbx.TermSec;
import org.w3c.dom.Element;

/**
 * Reads the data categories a translator acts on out of a TBX entry, whether they are written
 * DCA style ({@code <descrip type="definition">}) or DCT style ({@code <basic:definition>}).
 */
public final class EntryMapping {
    static final String SUBJECT_FIELD = "subjectField";
    static final String DEFINITION = "definition";
    static final String STATUS = "administrativeStatus";
    static final String TERM_TYPE = "termType";
    static final String PART_OF_SPEECH = "partOfSpeech";
    static final String CONTEXT = "context";
    /** The TBX v2 name of administrativeStatus, still written by older exporters. */
    private static final String NORMATIVE_AUTHORIZATION = "normativeAuthorization";

    private EntryMapping() {
    }

    public static Concept toConcept(ConceptEntry entry, String sourceLanguage) {
        String definition = value(entry, DEFINITION);
        List<Term> terms = new ArrayList<>();
        for (LangSec langSec : entry.langSecs()) {
            if (definition == null && Languages.sameLanguage(langSec.lang(), sourceLanguage)) {
                definition = value(langSec, DEFINITION);
            }
            for (TermSec termSec : langSec.termSecs()) {
                Term term = toTerm(termSec, langSec.lang());
                if (term != null) {
                    terms.add(term);
                }
            }
        }
        if (definition == null) {
            definition = entry.langSecs().stream().map(l -> value(l, DEFINITION))
                    .filter(d -> d != null).findFirst().orElse(null);
        }
        Note note = entry.children(Note.class).stream().findFirst().orElse(null);
        return new Concept(entry.id(), clean(value(entry, SUBJECT_FIELD)), clean(definition),
                note == null ? null : clean(note.text()), terms);
    }

    /** The term of a termSec, or null when it has no term text (validation reports that). */
    public static Term toTerm(TermSec termSec, String lang) {
        TermElement term = termSec.term();
        if (term == null || term.text().isBlank() || lang == null) {
            return null;
        }
        String status = value(termSec, STATUS);
        if (status == null) {
            status = value(termSec, NORMATIVE_AUTHORIZATION);
        }
        return new Term(term.text().strip(), lang, status(status), clean(value(termSec, TERM_TYPE)),
                clean(value(termSec, PART_OF_SPEECH)), clean(value(termSec, CONTEXT)));
    }

    /** "preferredTerm-admn-sts", "preferred" and v2's "preferredTerm" all mean the same. */
    static TermStatus status(String value) {
        if (value == null) {
            return null;
        }
        TermStatus status = TermStatus.parse(value);
        return status != null ? status : TermStatus.parse(value.strip().replaceFirst("(?i)term(-admn-sts)?$", ""));
    }

    /** The text of the first data category of this type directly in {@code container}. */
    static String value(Container container, String category) {
        for (Object child : container.children()) {
            if (child instanceof DataElement data && category.equals(data.type())) {
                return data.text();
            }
            if (child instanceof DescripGrp group && category.equals(group.category())) {
                return group.text();
            }
            if (child instanceof Element element && category.equals(element.getLocalName())) {
                return element.getTextContent();
            }
        }
        return null;
    }

    private static String clean(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip().replaceAll("\\s+", " ");
        return s.isEmpty() ? null : s;
    }
}
