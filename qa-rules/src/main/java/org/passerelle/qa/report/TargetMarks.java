package org.passerelle.qa.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.events.Attribute;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;
import org.passerelle.qa.Finding;
import org.passerelle.xliff.SegmentPair;

/**
 * Puts a finding's span of a target back into the XML as an ITS Localization Quality Issue
 * {@code <mrk>} around the text it is about. The events of one {@code <target>} are taken whole;
 * each text part (the target, or each {@code <mrk mtype="seg">} of a segmented 1.2 target) is
 * matched to the segment whose plain text it is, and a span is marked only where it lies within one
 * piece of text. Where that cannot be done safely (the text differs from what the checks saw, a span
 * crosses an inline code, spans overlap: XLIFF 1.2 cannot nest them), the span is left alone and the
 * finding stays a note.
 */
final class TargetMarks {
    /** Inline elements whose content is the original code, not text the checks saw. */
    private static final Set<String> CODE = Set.of("ph", "bpt", "ept", "it", "sub", "originalData", "cp");

    private final XMLEventFactory events;
    private final boolean version2;
    private final QName mrk;
    private final String itsPrefix;
    private final Function<Finding, QualityIssue> issues;
    private int marks;

    /**
     * @param mrk       the file's {@code mrk} element name (its XLIFF namespace and prefix)
     * @param itsPrefix the prefix bound to the ITS namespace on the root
     */
    TargetMarks(XMLEventFactory events, boolean version2, QName mrk, String itsPrefix,
                Function<Finding, QualityIssue> issues) {
        this.events = events;
        this.version2 = version2;
        this.mrk = mrk;
        this.itsPrefix = itsPrefix;
        this.issues = issues;
    }

    /** One piece of text of the target as the parser delivered it, with its offset in its part. */
    private record Piece(int event, int offset, String text) {
    }

    /**
     * The target's events with the marks in.
     *
     * @param target   the events from {@code <target>} to {@code </target>}
     * @param segments the unit's segments that have target findings, with those findings
     */
    List<XMLEvent> mark(List<XMLEvent> target, Map<SegmentPair, List<Finding>> segments) {
        List<List<Piece>> parts = parts(target);
        Map<Integer, List<int[]>> cuts = new HashMap<>();
        Map<int[], Finding> byCut = new IdentityHashMap<>();
        for (List<Piece> part : parts) {
            String text = String.join("", part.stream().map(Piece::text).toList());
            segments.entrySet().stream().filter(s -> text.equals(s.getKey().target())).findFirst().ifPresent(s -> {
                int end = -1;
                for (Finding f : s.getValue().stream().filter(f -> f.length() > 0)
                        .sorted(Comparator.comparingInt(Finding::offset)).toList()) {
                    if (f.offset() < end) {
                        continue;
                    }
                    for (Piece p : part) {
                        if (f.offset() >= p.offset() && f.offset() + f.length() <= p.offset() + p.text().length()) {
                            int[] cut = {f.offset() - p.offset(), f.offset() - p.offset() + f.length()};
                            cuts.computeIfAbsent(p.event(), k -> new ArrayList<>()).add(cut);
                            byCut.put(cut, f);
                            end = f.offset() + f.length();
                            break;
                        }
                    }
                }
            });
        }
        List<XMLEvent> out = new ArrayList<>();
        for (int i = 0; i < target.size(); i++) {
            List<int[]> here = cuts.get(i);
            if (here == null) {
                out.add(target.get(i));
                continue;
            }
            String text = target.get(i).asCharacters().getData();
            int at = 0;
            for (int[] cut : here) {
                out.add(events.createCharacters(text.substring(at, cut[0])));
                out.add(start(issues.apply(byCut.get(cut))));
                out.add(events.createCharacters(text.substring(cut[0], cut[1])));
                out.add(events.createEndElement(mrk, null));
                at = cut[1];
            }
            out.add(events.createCharacters(text.substring(at)));
        }
        return out;
    }

    /** The target's text parts: for each, its pieces of text outside inline code. */
    private List<List<Piece>> parts(List<XMLEvent> target) {
        boolean segmented = !version2 && target.stream().anyMatch(e -> e.isStartElement() && isSegmentMark(e.asStartElement()));
        List<List<Piece>> parts = new ArrayList<>();
        List<Piece> current = segmented ? null : new ArrayList<>();
        if (current != null) {
            parts.add(current);
        }
        int offset = 0;
        int code = 0;
        int depth = 0;
        int segmentDepth = -1;
        for (int i = 0; i < target.size(); i++) {
            XMLEvent e = target.get(i);
            if (e.isStartElement()) {
                depth++;
                StartElement s = e.asStartElement();
                if (segmented && segmentDepth < 0 && isSegmentMark(s)) {
                    segmentDepth = depth;
                    current = new ArrayList<>();
                    parts.add(current);
                    offset = 0;
                } else if (CODE.contains(s.getName().getLocalPart())) {
                    code++;
                }
            } else if (e.isEndElement()) {
                if (depth == segmentDepth) {
                    segmentDepth = -1;
                    current = null;
                } else if (CODE.contains(e.asEndElement().getName().getLocalPart())) {
                    code--;
                }
                depth--;
            } else if (e.isCharacters() && code == 0 && current != null && depth > 0) {
                String text = e.asCharacters().getData();
                current.add(new Piece(i, offset, text));
                offset += text.length();
            }
        }
        return parts;
    }

    private static boolean isSegmentMark(StartElement s) {
        Attribute mtype = s.getAttributeByName(new QName("mtype"));
        return s.getName().getLocalPart().equals("mrk") && mtype != null && mtype.getValue().equals("seg");
    }

    private XMLEvent start(QualityIssue issue) {
        List<Attribute> attributes = new ArrayList<>();
        if (version2) {
            attributes.add(events.createAttribute("id", "passerelle-qa-" + ++marks));
            attributes.add(events.createAttribute("type", "its:any"));
        } else {
            attributes.add(events.createAttribute("mtype", "x-its"));
        }
        attributes.add(events.createAttribute(itsPrefix, QualityIssue.ITS, "locQualityIssueType", issue.type()));
        attributes.add(events.createAttribute(itsPrefix, QualityIssue.ITS, "locQualityIssueComment", issue.comment()));
        attributes.add(events.createAttribute(itsPrefix, QualityIssue.ITS, "locQualityIssueSeverity", issue.severity()));
        return events.createStartElement(mrk, attributes.iterator(), null);
    }
}
