package org.passerelle.glossary;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.passerelle.glossary.tbx.ConceptEntry;
import org.passerelle.glossary.tbx.Container;
import org.passerelle.glossary.tbx.DataElement;
import org.passerelle.glossary.tbx.Descrip;
import org.passerelle.glossary.tbx.DescripGrp;
import org.passerelle.glossary.tbx.LangSec;
import org.passerelle.glossary.tbx.TbxDocument;
import org.passerelle.glossary.tbx.TermElement;
import org.passerelle.glossary.tbx.TermNote;
import org.passerelle.glossary.tbx.TermSec;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Sets a data category of an entry in the style of the file it belongs to: DCA
 * ({@code <termNote type="administrativeStatus">}) or DCT ({@code <min:administrativeStatus>}).
 * A value is replaced where it stands, and a copy of the same category in the other style is
 * removed, so that an edit never leaves a stale second value behind for another tool to read.
 */
final class DataCategories {
    static final String MIN_NS = "http://www.tbxinfo.net/ns/min";
    static final String BASIC_NS = "http://www.tbxinfo.net/ns/basic";
    /** The TBX-Min module's categories; the others TBX-Basic adds live in the basic namespace. */
    private static final Set<String> MIN = Set.of("administrativeStatus", "customerSubset", "partOfSpeech", "subjectField");
    /** Categories that are termNotes in DCA, and so come right after the term in DCT too. */
    private static final Set<String> TERM_NOTE_LEVEL = Set.of("administrativeStatus", "termType", "partOfSpeech",
            "grammaticalGender", "geographicalUsage", "termLocation");

    private final boolean dct;
    private final Document factory;

    /** @param style the file's TBX style, "dca" or "dct"; anything else writes DCA */
    DataCategories(String style) {
        this.dct = "dct".equals(style);
        try {
            this.factory = dct ? DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder().newDocument() : null;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sets (or with null removes) a concept-level category such as subjectField or definition. */
    void setConceptLevel(ConceptEntry entry, String category, String value) {
        set(entry, category, value, () -> new Descrip(category, value), c -> c instanceof LangSec, true);
    }

    /**
     * Sets (or with null removes) a term-level category: a termNote (administrativeStatus,
     * termType) right after the term and its notes, or a descrip (context) after those.
     */
    void setTermLevel(TermSec termSec, String category, String value) {
        if (TERM_NOTE_LEVEL.contains(category)) {
            set(termSec, category, value, () -> new TermNote(category, value), this::isTermNoteLevel, false);
        } else {
            set(termSec, category, value, () -> new Descrip(category, value), c -> true, false);
        }
    }

    private void set(Container container, String category, String value, java.util.function.Supplier<DataElement> dca,
            Predicate<Object> anchor, boolean beforeAnchor) {
        List<Object> children = container.children();
        int at = -1;
        for (int i = children.size() - 1; i >= 0; i--) {
            if (holds(children.get(i), category)) {
                children.remove(i);
                at = i;
            }
        }
        if (value == null) {
            return;
        }
        Object element = dct ? dctElement(category, value) : dca.get();
        if (at >= 0) {
            children.add(at, element);
        } else if (beforeAnchor) {
            int first = children.size();
            for (int i = 0; i < children.size(); i++) {
                if (anchor.test(children.get(i))) {
                    first = i;
                    break;
                }
            }
            children.add(first, element);
        } else {
            container.insertAfterLast(element, anchor);
        }
    }

    private boolean isTermNoteLevel(Object child) {
        return child instanceof TermElement || child instanceof TermNote
                || child instanceof Element e && TbxDocument.isDataCategoryElement(e) && TERM_NOTE_LEVEL.contains(e.getLocalName());
    }

    /** True for this category in either style, grouped ({@code descripGrp}) or not. */
    private static boolean holds(Object child, String category) {
        if (child instanceof DataElement data) {
            return category.equals(data.type());
        }
        if (child instanceof DescripGrp group) {
            return category.equals(group.category());
        }
        return child instanceof Element e && TbxDocument.isDataCategoryElement(e) && category.equals(e.getLocalName());
    }

    private Element dctElement(String category, String value) {
        boolean min = MIN.contains(category);
        Element element = factory.createElementNS(min ? MIN_NS : BASIC_NS, (min ? "min:" : "basic:") + category);
        element.setTextContent(value);
        return element;
    }
}
