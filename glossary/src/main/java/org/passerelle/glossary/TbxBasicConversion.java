package org.passerelle.glossary;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.passerelle.glossary.tbx.Admin;
import org.passerelle.glossary.tbx.ConceptEntry;
import org.passerelle.glossary.tbx.Container;
import org.passerelle.glossary.tbx.DataElement;
import org.passerelle.glossary.tbx.Descrip;
import org.passerelle.glossary.tbx.DescripGrp;
import org.passerelle.glossary.tbx.LangSec;
import org.passerelle.glossary.tbx.Note;
import org.passerelle.glossary.tbx.TbxBasic;
import org.passerelle.glossary.tbx.TbxDocument;
import org.passerelle.glossary.tbx.TermNote;
import org.passerelle.glossary.tbx.TermSec;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Makes the entries of a TBX v2 file valid TBX-Basic v3 without losing what they say. TBX 2008's
 * default dialect has many more data categories than TBX-Basic (productSubset, sourceIdentifier,
 * transferComment, relatedConcept, termType "synonym"…): each of those becomes a {@code <note>}
 * "category: value" where it was (a note is allowed at every level), a picklist value TBX-Basic
 * spells otherwise is respelled ("nom" is noun), and a data category at a level TBX-Basic does not
 * allow it at becomes a note too.
 */
public final class TbxBasicConversion {
    private static final Map<String, String> PART_OF_SPEECH = Map.of("nom", "noun", "n", "noun", "substantive", "noun",
            "verbe", "verb", "v", "verb", "adjectif", "adjective", "adj", "adjective", "adverbe", "adverb", "adv", "adverb");

    private static final Pattern XML_ID = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}._\\-]*");

    private final Map<String, Integer> converted = new TreeMap<>();

    private TbxBasicConversion() {
    }

    /**
     * Converts the document's entries in place; returns what was converted, "productSubset → note"
     * with a count, empty when the entries were TBX-Basic already.
     */
    public static Map<String, Integer> apply(TbxDocument document) {
        TbxBasicConversion conversion = new TbxBasicConversion();
        Set<String> ids = new HashSet<>();
        document.conceptEntries().forEach(e -> ids.add(e.id()));
        for (ConceptEntry entry : document.conceptEntries()) {
            conversion.repairId(entry, ids);
            conversion.level(entry, "conceptEntry");
            for (LangSec langSec : entry.langSecs()) {
                conversion.level(langSec, "langSec");
                for (TermSec termSec : langSec.termSecs()) {
                    conversion.level(termSec, "termSec");
                }
            }
        }
        return conversion.converted;
    }

    /**
     * TBX ids are XML ids: Translate Toolkit writes the source term ("Mer Orientale"). The same
     * text with its spaces and other characters replaced keeps the entry recognisable.
     */
    private void repairId(ConceptEntry entry, Set<String> ids) {
        String id = entry.id();
        if (id == null || XML_ID.matcher(id).matches()) {
            return;
        }
        String base = id.strip().replaceAll("[^\\p{L}\\p{N}._-]+", "-");
        base = base.isEmpty() || !Character.isLetter(base.charAt(0)) && base.charAt(0) != '_' ? "c-" + base : base;
        String repaired = base;
        for (int n = 2; ids.contains(repaired); n++) {
            repaired = base + "-" + n;
        }
        ids.add(repaired);
        entry.setId(repaired);
        converted.merge("id '" + id + "' → '" + repaired + "'", 1, Integer::sum);
    }

    private void level(Container container, String level) {
        List<Object> children = container.children();
        for (int i = 0; i < children.size(); i++) {
            Object child = children.get(i);
            if (child instanceof Element group && foreignGroup(group)) {
                children.remove(i);
                insertNote(container, level, new Note(null, group.getLocalName() + ": " + group.getTextContent().strip().replaceAll("\\s+", " ")));
                converted.merge("<" + group.getLocalName() + "> with a data category TBX-Basic lacks → note", 1, Integer::sum);
                i--;
                continue;
            }
            DataElement data = child instanceof DescripGrp group ? group.descrip() : child instanceof DataElement d ? d : null;
            String element = elementName(data);
            if (element == null || data.type() == null) {
                continue;
            }
            String type = data.type();
            if (!allowed(element, type, level)) {
                children.remove(i);
                insertNote(container, level, new Note(null, type + ": " + data.text().strip()));
                converted.merge(element + " type=\"" + type + "\" → note", 1, Integer::sum);
                i--;
            } else if (!inPicklist(type, data.text().strip())) {
                String respelled = respell(type, data.text().strip());
                if (respelled != null) {
                    converted.merge(type + " '" + data.text().strip() + "' → '" + respelled + "'", 1, Integer::sum);
                    data.setText(respelled);
                } else {
                    children.remove(i);
                    insertNote(container, level, new Note(null, type + ": " + data.text().strip()));
                    converted.merge(type + " '" + data.text().strip() + "' → note", 1, Integer::sum);
                    i--;
                }
            }
        }
    }

    /** An adminGrp or similar group the model keeps as DOM, whose data category TBX-Basic does not have. */
    private static boolean foreignGroup(Element group) {
        if (!TbxDocument.NS.equals(group.getNamespaceURI()) || !group.getLocalName().endsWith("Grp")) {
            return false;
        }
        for (Node n = group.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.hasAttribute("type")) {
                Set<String> types = TbxBasic.ALLOWED_TYPES.get(e.getLocalName());
                return types != null && !types.contains(e.getAttribute("type"));
            }
        }
        return false;
    }

    private static boolean allowed(String element, String type, String level) {
        Set<String> types = TbxBasic.ALLOWED_TYPES.get(element);
        if (types == null || !types.contains(type)) {
            return false;
        }
        return switch (type) {
            case "subjectField" -> level.equals("conceptEntry");
            case "context" -> level.equals("termSec");
            case "definition" -> !level.equals("termSec");
            default -> !element.equals("termNote") || level.equals("termSec");
        };
    }

    private static boolean inPicklist(String type, String value) {
        Set<String> picklist = TbxBasic.PICKLISTS.get(type);
        return picklist == null || picklist.contains(value);
    }

    private static String respell(String type, String value) {
        Set<String> picklist = TbxBasic.PICKLISTS.get(type);
        for (String allowed : picklist) {
            if (allowed.equalsIgnoreCase(value)) {
                return allowed;
            }
        }
        return type.equals("partOfSpeech") ? PART_OF_SPEECH.get(value.toLowerCase(Locale.ROOT)) : null;
    }

    /** Where the core structure allows a note: before the langSecs of an entry, the termSecs of a langSec, last in a termSec. */
    private static void insertNote(Container container, String level, Note note) {
        List<Object> children = container.children();
        int at = children.size();
        for (int i = 0; i < children.size() && !level.equals("termSec"); i++) {
            if (children.get(i) instanceof LangSec || children.get(i) instanceof TermSec) {
                at = i;
                break;
            }
        }
        children.add(at, note);
    }

    private static String elementName(DataElement data) {
        if (data instanceof Descrip) {
            return "descrip";
        }
        if (data instanceof TermNote) {
            return "termNote";
        }
        return data instanceof Admin ? "admin" : null;
    }

    /** "productSubset → note (12), partOfSpeech 'nom' respelled (3)". */
    public static String describe(Map<String, Integer> converted) {
        return String.join(", ", converted.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")").toList());
    }
}
