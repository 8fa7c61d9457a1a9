package org.passerelle.glossary;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.namespace.QName;
import org.passerelle.glossary.tbx.ConceptEntry;
import org.passerelle.glossary.tbx.Container;
import org.passerelle.glossary.tbx.DataElement;
import org.passerelle.glossary.tbx.DescripGrp;
import org.passerelle.glossary.tbx.LangSec;
import org.passerelle.glossary.tbx.Note;
import org.passerelle.glossary.tbx.TbxDocument;
import org.passerelle.glossary.tbx.TermElement;
import org.passerelle.glossary.tbx.TermSec;
import org.w3c.dom.Element;

/**
 * What a termbase's TBX entries hold that its spreadsheet form cannot: every element and
 * attribute the model does not read (a transacGrp, an admin source, a note on a term, a second
 * definition, an id on a term…), counted by kind, so that an export says what it leaves out
 * instead of dropping it unnoticed.
 */
public final class SpreadsheetLosses {
    private static final Set<String> CONCEPT_LEVEL = Set.of("subjectField", "definition");
    private static final Set<String> TERM_LEVEL = Set.of("administrativeStatus", "normativeAuthorization",
            "termType", "partOfSpeech", "context");

    private final Map<String, Integer> counts = new TreeMap<>();

    private SpreadsheetLosses() {
    }

    /** Kind of content → number of entries that have it; empty when the spreadsheet holds everything. */
    public static Map<String, Integer> of(Termbase termbase) {
        SpreadsheetLosses losses = new SpreadsheetLosses();
        termbase.document().ifPresent(d -> d.conceptEntries().forEach(losses::entry));
        Map<String, Integer> sorted = new LinkedHashMap<>();
        losses.counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    private void entry(ConceptEntry entry) {
        Set<String> found = new HashSet<>();
        attributes(entry, "conceptEntry", found);
        Set<String> seen = new HashSet<>();
        boolean noteSeen = false;
        for (Object child : entry.children()) {
            if (child instanceof LangSec langSec) {
                langSec(langSec, found);
            } else if (child instanceof Note && !noteSeen) {
                noteSeen = true;
            } else if (!(known(CONCEPT_LEVEL, child) && seen.add(category(child)))) {
                found.add(label(child) + " on a concept");
            }
        }
        found.forEach(k -> counts.merge(k, 1, Integer::sum));
    }

    private void langSec(LangSec langSec, Set<String> found) {
        attributes(langSec, "langSec", found);
        for (Object child : langSec.children()) {
            if (child instanceof TermSec termSec) {
                termSec(termSec, found);
            } else if (!"definition".equals(category(child))) {
                found.add(label(child) + " on a language");
            }
        }
    }

    private void termSec(TermSec termSec, Set<String> found) {
        attributes(termSec, "termSec", found);
        Set<String> seen = new HashSet<>();
        for (Object child : termSec.children()) {
            if (child instanceof TermElement term) {
                term.otherAttributes().keySet().forEach(a -> found.add(a.getLocalPart() + " attribute on <term>"));
                if (term.content().stream().anyMatch(Element.class::isInstance)) {
                    found.add("inline markup in a term");
                }
            } else if (!(known(TERM_LEVEL, child) && seen.add(category(child)))) {
                found.add(label(child) + " on a term");
            }
        }
    }

    private static void attributes(Container container, String element, Set<String> found) {
        for (QName name : container.otherAttributes().keySet()) {
            found.add(name.getLocalPart() + " attribute on <" + element + ">");
        }
    }

    private static boolean known(Set<String> categories, Object child) {
        String category = category(child);
        return category != null && categories.contains(category);
    }

    /** The data category a child holds, DCA or DCT, or null. */
    private static String category(Object child) {
        if (child instanceof DataElement data) {
            return data.type();
        }
        if (child instanceof DescripGrp group) {
            return group.category();
        }
        if (child instanceof Element e && e.getNamespaceURI() != null && !e.getNamespaceURI().equals(TbxDocument.NS)) {
            return e.getLocalName();
        }
        return null;
    }

    private static String label(Object child) {
        if (child instanceof DataElement data) {
            String name = data.getClass().getSimpleName();
            String element = switch (name) {
                case "Descrip" -> "descrip";
                case "TermNote" -> "termNote";
                case "Admin" -> "admin";
                case "Note" -> "note";
                default -> name.toLowerCase(Locale.ROOT);
            };
            return "<" + element + (data.type() == null ? "" : " type=\"" + data.type() + "\"") + ">";
        }
        if (child instanceof DescripGrp group) {
            return "<descripGrp>" + (group.category() == null ? "" : " (" + group.category() + ")");
        }
        if (child instanceof Element e) {
            return "<" + e.getLocalName() + (e.hasAttribute("type") ? " type=\"" + e.getAttribute("type") + "\"" : "") + ">";
        }
        return String.valueOf(child);
    }

    /** "transacGrp on a term (12 entries), <admin type="source"> on a concept (3 entries)". */
    public static String describe(Map<String, Integer> losses) {
        return String.join(", ", losses.entrySet().stream()
                .map(e -> e.getKey() + " (" + e.getValue() + (e.getValue() == 1 ? " entry)" : " entries)")).toList());
    }
}
