package org.passerelle.glossary.validate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.passerelle.glossary.tbx.Admin;
import org.passerelle.glossary.tbx.ConceptEntry;
import org.passerelle.glossary.tbx.Container;
import org.passerelle.glossary.tbx.DataElement;
import org.passerelle.glossary.tbx.Descrip;
import org.passerelle.glossary.tbx.DescripGrp;
import org.passerelle.glossary.tbx.LangSec;
import org.passerelle.glossary.tbx.Located;
import org.passerelle.glossary.tbx.Note;
import org.passerelle.glossary.tbx.TbxBasic;
import org.passerelle.glossary.tbx.TbxDocument;
import org.passerelle.glossary.tbx.TermElement;
import org.passerelle.glossary.tbx.TermNote;
import org.passerelle.glossary.tbx.TermSec;
import org.passerelle.glossary.xml.DocumentPositions;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.passerelle.core.Languages;

/**
 * The TBX core structure and the TBX-Basic DCA dialect rules (the LTAC schematron's data
 * categories, levels and picklists), checked on the model so that each message has a position.
 */
final class StructureRules {
    private static final Pattern NCNAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}._\\-]*");

    private static final Map<String, Set<String>> ALLOWED_TYPES = TbxBasic.ALLOWED_TYPES;
    private static final Map<String, Set<String>> PICKLISTS = TbxBasic.PICKLISTS;

    /**
     * TBX v2 administrativeStatus values (TBX 2008's default dialect) that TBX-Basic does not have;
     * the TBX-Basic ones are valid in v2 too.
     */
    private static final Set<String> V2_STATUSES = Set.of("legalTerm-admn-sts", "regulatedTerm-admn-sts",
            "standardizedTerm-admn-sts");

    private final Problems problems;
    private final Set<String> ids = new HashSet<>();
    /**
     * A TBX v2 file in TBX 2008's default dialect (type "TBX"): its data categories are those of
     * the default XCS, far more than TBX-Basic's, so only the core structure, ids, languages and
     * the status picklist are checked; a v2 file of type "TBX-Basic" gets TBX-Basic's rules.
     */
    private boolean v2Default;
    private boolean v2;

    StructureRules(Problems problems) {
        this.problems = problems;
    }

    void check(TbxDocument doc) {
        v2 = doc.fromV2();
        v2Default = v2 && !"TBX-Basic".equals(doc.type());
        if (v2) {
            problems.warning("tbx.dialect", doc, null, "TBX v2 (martif, ISO 30042:2008" + (v2Default ? "" : ", TBX-Basic")
                    + "): checked by TBX v2's rules; 'glossary import' converts it to TBX v3 TBX-Basic");
        } else if (!"TBX-Basic".equals(doc.type())) {
            problems.warning("tbx.dialect", doc, null, "dialect is '" + doc.type() + "', not TBX-Basic: only TBX-Basic rules are checked");
        } else if (!"dca".equals(doc.style()) && !"dct".equals(doc.style())) {
            problems.error("tbx.style", doc, null, "style must be 'dca' or 'dct', not '" + doc.style() + "'");
        }
        if (doc.draftNamespace()) {
            problems.warning("tbx.namespace", doc, null, "namespace " + org.passerelle.glossary.xml.DraftNamespace.URI
                    + " is the draft one; ISO 30042:2019 uses " + TbxDocument.NS + " (an edit writes that)");
        }
        checkLanguage(doc, null, doc.lang(), "the termbase");
        Map<String, ConceptEntry> seen = new HashMap<>();
        for (ConceptEntry entry : doc.conceptEntries()) {
            String id = entry.id();
            if ((id == null || id.isBlank()) && v2) {
                // TBX 2008 declares termEntry's id IMPLIED: Weblate and Translate Toolkit leave it out.
                checkEntry(doc, entry);
                continue;
            } else if (id == null || id.isBlank()) {
                problems.error("tbx.id", entry, null, "conceptEntry without an id");
            } else if (!NCNAME.matcher(id).matches()) {
                problems.error("tbx.id", entry, id, "id '" + id + "' is not a valid XML id (letters, digits, . _ -; not starting with a digit)");
            } else if (seen.containsKey(id)) {
                problems.error("tbx.id", entry, id, "duplicate id '" + id + "', first used at line " + seen.get(id).line());
            } else if (!ids.add(id)) {
                problems.error("tbx.id", entry, id, "id '" + id + "' is already used by another element");
            }
            seen.putIfAbsent(id, entry);
            checkEntry(doc, entry);
        }
    }

    private void checkEntry(TbxDocument doc, ConceptEntry entry) {
        String id = entry.id();
        List<LangSec> langSecs = entry.langSecs();
        if (langSecs.isEmpty()) {
            problems.error("tbx.structure", entry, id, "concept has no langSec: a conceptEntry needs at least one language");
        }
        checkLevel(doc, entry, id, "conceptEntry");
        Set<String> langs = new HashSet<>();
        for (LangSec langSec : langSecs) {
            checkLanguage(langSec, id, langSec.lang(), "langSec");
            if (langSec.lang() != null && !langs.add(langSec.lang().toLowerCase(Locale.ROOT))) {
                problems.warning("tbx.structure", langSec, id, "second langSec for '" + langSec.lang() + "': merge them");
            }
            checkLevel(doc, langSec, id, "langSec");
            if (langSec.termSecs().isEmpty()) {
                problems.error("tbx.structure", langSec, id, "langSec '" + langSec.lang() + "' has no term");
            }
            for (TermSec termSec : langSec.termSecs()) {
                checkTermSec(doc, termSec, id);
            }
        }
    }

    private void checkTermSec(TbxDocument doc, TermSec termSec, String id) {
        List<TermElement> terms = termSec.children(TermElement.class);
        if (terms.isEmpty() || terms.get(0).text().isBlank()) {
            problems.error("tbx.structure", termSec, id, "termSec without term text");
        } else if (terms.size() > 1) {
            problems.error("tbx.structure", terms.get(1), id, "termSec with " + terms.size() + " terms: one term per termSec");
        }
        List<TermNote> statuses = termSec.all(TermNote.class, "administrativeStatus");
        if (statuses.size() > 1 && statuses.stream().map(DataElement::text).distinct().count() > 1) {
            problems.error("term.conflicting-status", statuses.get(1), id, "term '" + termText(termSec)
                    + "' has two administrative statuses: " + statuses.stream().map(DataElement::text).toList());
        }
        checkLevel(doc, termSec, id, "termSec");
    }

    private static String termText(TermSec termSec) {
        return termSec.term() == null ? "" : termSec.term().text().strip();
    }

    /** Data categories allowed at this level, picklist values, one style's elements in a file of the other. */
    private void checkLevel(TbxDocument doc, Container level, String id, String levelName) {
        for (Object child : level.children()) {
            if (child instanceof DescripGrp group) {
                for (Object inner : group.children()) {
                    if (inner instanceof DataElement data) {
                        checkData(data, group, id, levelName);
                        checkDcaInDct(doc, data, group, id);
                    }
                }
            } else if (child instanceof DataElement data) {
                checkData(data, level, id, levelName);
                checkDcaInDct(doc, data, level, id);
            } else if (child instanceof Element element) {
                checkForeign(doc, element, level, id);
            }
        }
    }

    private void checkData(DataElement data, Located fallback, String id, String levelName) {
        Located at = data.line() > 0 ? data : fallback;
        String element = elementName(data);
        if (element == null) {
            return;
        }
        String type = data.type();
        if (v2Default) {
            checkV2Status(data, at, id);
            return;
        }
        Set<String> allowed = ALLOWED_TYPES.get(element);
        if (allowed != null) {
            if (type == null || type.isBlank()) {
                problems.error("tbx.datacategory", at, id, "<" + element + "> without a type");
                return;
            }
            if (!allowed.contains(type)) {
                problems.error("tbx.datacategory", at, id, "<" + element + " type=\"" + type + "\"> is not TBX-Basic; allowed: " + allowed.stream().sorted().toList());
                return;
            }
        }
        String level = switch (type == null ? "" : type) {
            case "subjectField" -> "conceptEntry".equals(levelName) ? null : "conceptEntry";
            case "context" -> "termSec".equals(levelName) ? null : "termSec";
            case "definition" -> "termSec".equals(levelName) ? "conceptEntry or langSec" : null;
            default -> null;
        };
        if (level != null) {
            problems.error("tbx.level", at, id, type + " belongs at the " + level + " level, not in a " + levelName);
        }
        Set<String> picklist = type == null ? null : PICKLISTS.get(type);
        if (picklist != null && !picklist.contains(data.text().strip())) {
            problems.error("tbx.picklist", at, id, type + " '" + data.text().strip() + "' is not one of " + picklist.stream().sorted().toList());
        }
    }

    private void checkV2Status(DataElement data, Located at, String id) {
        String value = data.text().strip();
        if ("administrativeStatus".equals(data.type()) && !PICKLISTS.get("administrativeStatus").contains(value)
                && !V2_STATUSES.contains(value)) {
            problems.error("tbx.picklist", at, id, "administrativeStatus '" + value + "' is not a TBX v2 status");
        }
    }

    private static String elementName(DataElement data) {
        if (data instanceof Descrip) {
            return "descrip";
        } else if (data instanceof TermNote) {
            return "termNote";
        } else if (data instanceof Admin) {
            return "admin";
        } else if (data instanceof Note || data instanceof TermElement) {
            return null;
        }
        return null;
    }

    /** TBX-Basic's DCT rules forbid DCA elements: a DCT tool looks for {@code <min:administrativeStatus>}, not a termNote. */
    private void checkDcaInDct(TbxDocument doc, DataElement data, Located fallback, String id) {
        String element = elementName(data);
        if ("dct".equals(doc.style()) && element != null && data.type() != null) {
            problems.error("tbx.dca-in-dct", data.line() > 0 ? data : fallback, id, "<" + element + " type=\""
                    + data.type() + "\"> is a DCA-style element in a DCT-style file: write it as an element named "
                    + data.type() + " in the TBX-Basic or TBX-Min namespace");
        }
    }

    private void checkForeign(TbxDocument doc, Element element, Located parent, String id) {
        Located at = DocumentPositions.of(element) != null ? DocumentPositions.of(element) : parent;
        if (!TbxDocument.NS.equals(element.getNamespaceURI())) {
            if ("dca".equals(doc.style())) {
                problems.error("tbx.dct-in-dca", at, id, "<" + element.getNodeName() + "> is a DCT-style element in a DCA-style file: write <"
                        + ("administrativeStatus partOfSpeech termType grammaticalGender".contains(element.getLocalName()) ? "termNote" : "descrip")
                        + " type=\"" + element.getLocalName() + "\"> instead");
            }
            return;
        }
        checkNested(element, at, id);
    }

    /** transacGrp, xref, ref and the like: type attributes and picklists inside them. */
    private void checkNested(Element element, Located parent, String id) {
        Located at = DocumentPositions.of(element) != null ? DocumentPositions.of(element) : parent;
        String name = element.getLocalName();
        String type = element.hasAttribute("type") ? element.getAttribute("type") : null;
        Set<String> allowed = v2Default ? null : ALLOWED_TYPES.get(name);
        if (allowed != null && type != null && !allowed.contains(type)) {
            problems.error("tbx.datacategory", at, id, "<" + name + " type=\"" + type + "\"> is not TBX-Basic; allowed: " + allowed.stream().sorted().toList());
        }
        Set<String> picklist = type == null || v2Default ? null : PICKLISTS.get(type);
        if (picklist != null && !picklist.contains(element.getTextContent().strip())) {
            problems.error("tbx.picklist", at, id, type + " '" + element.getTextContent().strip() + "' is not one of " + picklist.stream().sorted().toList());
        }
        NamedNodeMap attributes = element.getAttributes();
        Node idAttribute = attributes.getNamedItem("id");
        if (idAttribute != null) {
            ids.add(idAttribute.getNodeValue());
        }
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                checkNested(child, at, id);
            }
        }
    }

    private void checkLanguage(Located at, String id, String tag, String what) {
        if (tag == null || tag.isBlank()) {
            problems.error("tbx.language", at, id, what + " has no xml:lang");
        } else if (!Languages.isTag(tag)) {
            problems.error("tbx.language", at, id, "'" + tag + "' is not a language tag (BCP 47: fr, en-GB, vi)");
        }
    }
}
