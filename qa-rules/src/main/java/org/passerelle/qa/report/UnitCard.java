package org.passerelle.qa.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.passerelle.qa.Finding;
import org.passerelle.qa.Severity;
import org.passerelle.qa.Side;
import org.passerelle.xliff.SegmentPair;
import org.passerelle.xliff.TranslationUnit;

/**
 * One unit of the HTML report with all its findings: the segments that have findings, source and
 * target cut to {@link TextWindows}, and per finding its span and the spans of the phrases its
 * message quotes on either side. Built as the findings go by and kept compact: no text beyond the
 * windows shown.
 */
final class UnitCard {
    /** Most evidence spans marked per finding and side. */
    private static final int EVIDENCE = 8;
    /** Longer texts are not searched for quoted phrases: a thousand findings would scan them a thousand times. */
    private static final int SEARCHED = 20_000;

    private final int file;
    private final String path;
    private final String anchor;
    private final String unit;
    private final String sourceLanguage;
    private final String targetLanguage;
    private final Map<String, SegmentPair> segments = new LinkedHashMap<>();
    private final List<Finding> findings = new ArrayList<>();
    private final List<List<int[]>> evidence = new ArrayList<>();

    /**
     * @param file the file's index in the report
     * @param unit the unit, or null for findings about the whole file
     */
    UnitCard(int file, String path, String unitId, TranslationUnit unit) {
        this.file = file;
        this.path = path;
        this.unit = unitId;
        this.anchor = (path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1) + "--" + unitId)
                .replaceAll("\\s", "_");
        this.sourceLanguage = unit == null ? null : unit.sourceLanguage();
        this.targetLanguage = unit == null ? null : unit.targetLanguage();
        if (unit != null) {
            unit.segments().forEach(s -> segments.put(s.id(), s));
        }
    }

    /** True when {@code f} is about this card's unit. */
    boolean holds(Finding f) {
        return path.equals(f.file()) && unit.equals(f.unit());
    }

    void add(Finding f) {
        findings.add(f);
        SegmentPair segment = segments.get(f.segment());
        List<int[]> spans = new ArrayList<>();
        if (segment != null && segment.source().length() + length(segment.target()) <= SEARCHED) {
            Set<String> phrases = QuotedPhrases.in(f.message());
            for (int[] at : QuotedPhrases.occurrences(phrases, segment.source(), EVIDENCE)) {
                spans.add(new int[] {0, at[0], at[1]});
            }
            if (segment.target() != null) {
                for (int[] at : QuotedPhrases.occurrences(phrases, segment.target(), EVIDENCE)) {
                    spans.add(new int[] {1, at[0], at[1]});
                }
            }
        }
        evidence.add(spans);
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }

    boolean isEmpty() {
        return findings.isEmpty();
    }

    /** The most severe unsuppressed finding's severity (suppressed ones sort last), for the order of cards. */
    int rank() {
        return findings.stream().mapToInt(f -> f.isSuppressed() ? Severity.values().length : f.severity().ordinal())
                .min().orElse(Severity.values().length);
    }

    void write(JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeNumberField("f", file);
        g.writeStringField("u", unit);
        g.writeStringField("a", anchor);
        g.writeStringField("sl", sourceLanguage);
        g.writeStringField("tl", targetLanguage);
        List<String> shown = findings.stream().map(Finding::segment).distinct().filter(segments::containsKey).toList();
        g.writeArrayFieldStart("s");
        for (String id : shown) {
            writeSegment(g, segments.get(id));
        }
        g.writeEndArray();
        g.writeArrayFieldStart("x");
        for (int i = 0; i < findings.size(); i++) {
            writeFinding(g, findings.get(i), shown.indexOf(findings.get(i).segment()), evidence.get(i));
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private void writeSegment(JsonGenerator g, SegmentPair s) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", s.id());
        g.writeFieldName("src");
        writePieces(g, s.source(), spans(s.id(), 0));
        if (s.target() != null) {
            g.writeFieldName("tgt");
            writePieces(g, s.target(), spans(s.id(), 1));
        }
        g.writeEndObject();
    }

    /** Every span of this segment's side that a finding marks, for the windows of a long text. */
    private List<int[]> spans(String segment, int side) {
        List<int[]> spans = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            if (!f.segment().equals(segment)) {
                continue;
            }
            if ((f.side() == Side.SOURCE ? 0 : 1) == side) {
                spans.add(new int[] {f.offset(), f.length()});
            }
            evidence.get(i).stream().filter(e -> e[0] == side).forEach(e -> spans.add(new int[] {e[1], e[2]}));
        }
        return spans;
    }

    private static void writePieces(JsonGenerator g, String text, List<int[]> spans) throws IOException {
        g.writeStartArray();
        for (TextWindows.Piece p : TextWindows.of(text, spans)) {
            g.writeStartArray();
            g.writeNumber(p.start());
            g.writeString(p.text());
            g.writeEndArray();
        }
        g.writeEndArray();
    }

    private static void writeFinding(JsonGenerator g, Finding f, int segment, List<int[]> evidence) throws IOException {
        g.writeStartObject();
        g.writeNumberField("s", segment);
        g.writeStringField("side", f.side() == Side.SOURCE ? "s" : "t");
        g.writeStringField("c", f.check());
        g.writeStringField("v", f.severity().id());
        g.writeStringField("m", Excerpt.of(f.message()));
        g.writeNumberField("o", f.offset());
        g.writeNumberField("l", f.length());
        if (!f.suggestions().isEmpty()) {
            g.writeArrayFieldStart("g");
            for (String s : f.suggestions().stream().limit(Excerpt.SUGGESTIONS).toList()) {
                g.writeString(Excerpt.of(s));
            }
            g.writeEndArray();
        }
        if (f.isSuppressed()) {
            g.writeStringField("p", Excerpt.of(f.suppressed()));
        }
        if (!evidence.isEmpty()) {
            g.writeArrayFieldStart("e");
            for (int[] e : evidence) {
                g.writeArray(e, 0, 3);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }
}
