package org.passerelle.qa.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.passerelle.qa.CheckDefinition;
import org.passerelle.qa.Finding;
import org.passerelle.qa.QaSummary;
import org.passerelle.qa.ReportListener;
import org.passerelle.qa.Side;
import org.passerelle.qa.ToolVersion;
import org.passerelle.xliff.SegmentPair;
import org.passerelle.xliff.TranslationUnit;

/**
 * {@code qa-report.html}: one self-contained page (styles and script inline, nothing fetched) a
 * reviewer reads in a browser: each finding with its segment's source and target side by side, the
 * problem highlighted, and filters by severity, check and file. Written as polyglot XHTML through
 * StAX so that every text is escaped.
 */
public final class HtmlReport implements ReportListener {
    private static final String STYLE = resource("report.css");
    private static final String SCRIPT = resource("report.js");

    private record Row(Finding finding, String source, String target, String sourceLang, String targetLang) {
    }

    private final ReportOutput output;
    private final List<Row> rows = new ArrayList<>();
    private final Map<String, String> descriptions = new HashMap<>();
    private TranslationUnit current;

    public HtmlReport(Path file) {
        this(ReportOutput.file(file));
    }

    public HtmlReport(ReportOutput output) {
        this.output = output;
    }

    @Override
    public void started(List<CheckDefinition> checks) {
        checks.forEach(d -> descriptions.put(d.id(), d.description()));
    }

    @Override
    public void unit(TranslationUnit unit) {
        current = unit;
    }

    @Override
    public void finding(Finding f) {
        String source = "";
        String target = "";
        String sourceLang = null;
        String targetLang = null;
        if (current != null && current.id().equals(f.unit()) && current.file().equals(f.file())) {
            sourceLang = current.sourceLanguage();
            targetLang = current.targetLanguage();
            for (SegmentPair s : current.segments()) {
                if (s.id().equals(f.segment())) {
                    source = s.source();
                    target = s.target() == null ? "" : s.target();
                }
            }
        }
        rows.add(new Row(f, source, target, sourceLang, targetLang));
    }

    @Override
    public void finished(QaSummary summary) throws IOException {
        output.write(out -> {
            try {
                XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
                x.writeDTD("<!DOCTYPE html>\n");
                x.writeStartElement("html");
                x.writeDefaultNamespace("http://www.w3.org/1999/xhtml");
                x.writeAttribute("lang", "en");
                head(x);
                x.writeStartElement("body");
                element(x, "h1", "Passerelle QA report");
                element(x, "p", summaryLine(summary), "class", "summary");
                filters(x);
                table(x);
                x.writeStartElement("script");
                x.writeCharacters(SCRIPT);
                x.writeEndElement();
                x.writeEndElement();
                x.writeEndElement();
                x.writeEndDocument();
                x.close();
            } catch (XMLStreamException e) {
                throw new IOException("cannot write HTML report", e);
            }
        });
    }

    private static void head(XMLStreamWriter x) throws XMLStreamException {
        x.writeStartElement("head");
        x.writeEmptyElement("meta");
        x.writeAttribute("charset", "utf-8");
        element(x, "title", "Passerelle QA report");
        x.writeEmptyElement("meta");
        x.writeAttribute("name", "generator");
        x.writeAttribute("content", "passerelle " + ToolVersion.get());
        element(x, "style", STYLE);
        x.writeEndElement();
    }

    private void filters(XMLStreamWriter x) throws XMLStreamException {
        x.writeStartElement("form");
        x.writeAttribute("id", "filters");
        select(x, "f-severity", "Severity", List.of("error", "warning", "info"));
        select(x, "f-check", "Check", new ArrayList<>(new TreeSet<>(rows.stream().map(r -> r.finding().check()).toList())));
        select(x, "f-file", "File", rows.stream().map(r -> r.finding().file()).distinct().toList());
        x.writeStartElement("label");
        x.writeEmptyElement("input");
        x.writeAttribute("type", "checkbox");
        x.writeAttribute("id", "f-suppressed");
        x.writeCharacters(" show suppressed");
        x.writeEndElement();
        element(x, "span", "", "id", "shown");
        x.writeEndElement();
    }

    private static void select(XMLStreamWriter x, String id, String label, List<String> values) throws XMLStreamException {
        x.writeStartElement("label");
        x.writeCharacters(label + " ");
        x.writeStartElement("select");
        x.writeAttribute("id", id);
        element(x, "option", "all", "value", "");
        for (String v : values) {
            element(x, "option", v, "value", v);
        }
        x.writeEndElement();
        x.writeEndElement();
    }

    private static String fileName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }

    private void table(XMLStreamWriter x) throws XMLStreamException {
        x.writeStartElement("table");
        x.writeAttribute("id", "findings");
        x.writeStartElement("thead");
        x.writeStartElement("tr");
        for (String h : List.of("File", "Unit", "Severity", "Check", "Source", "Target", "Problem")) {
            element(x, "th", h);
        }
        x.writeEndElement();
        x.writeEndElement();
        x.writeStartElement("tbody");
        // Errors first, since they are what stops the build; file order within a severity.
        List<Row> bySeverity = rows.stream().sorted(java.util.Comparator.comparing(r -> r.finding().severity())).toList();
        for (Row r : bySeverity) {
            Finding f = r.finding();
            x.writeStartElement("tr");
            x.writeAttribute("data-severity", f.severity().id());
            x.writeAttribute("data-check", f.check());
            x.writeAttribute("data-file", f.file());
            x.writeAttribute("data-suppressed", f.isSuppressed() ? "yes" : "no");
            // The name only, so that long paths do not squeeze the text columns; the path is in the tooltip.
            x.writeStartElement("td");
            x.writeAttribute("class", "file");
            x.writeAttribute("title", f.file());
            x.writeCharacters(fileName(f.file()));
            x.writeEndElement();
            element(x, "td", f.unit() + " · " + f.segment());
            element(x, "td", f.severity().id(), "class", "sev " + f.severity().id());
            element(x, "td", f.check(), "title", descriptions.getOrDefault(f.check(), f.check()));
            text(x, r.source(), r.sourceLang(), f.side() == Side.SOURCE ? f : null);
            text(x, r.target(), r.targetLang(), f.side() == Side.TARGET ? f : null);
            x.writeStartElement("td");
            x.writeCharacters(f.message());
            if (!f.suggestions().isEmpty()) {
                x.writeEmptyElement("br");
                x.writeCharacters("Suggestions: ");
                for (int i = 0; i < f.suggestions().size(); i++) {
                    element(x, "code", f.suggestions().get(i));
                    if (i + 1 < f.suggestions().size()) {
                        x.writeCharacters(" ");
                    }
                }
            }
            if (f.isSuppressed()) {
                x.writeEmptyElement("br");
                element(x, "em", "Suppressed: " + f.suppressed());
            }
            x.writeEndElement();
            x.writeEndElement();
        }
        x.writeEndElement();
        x.writeEndElement();
    }

    /** A segment text, with the finding's span marked when the finding is on this side. */
    private static void text(XMLStreamWriter x, String text, String lang, Finding f) throws XMLStreamException {
        x.writeStartElement("td");
        x.writeAttribute("class", "text");
        if (lang != null) {
            x.writeAttribute("lang", lang);
        }
        if (f == null) {
            x.writeCharacters(text);
        } else {
            int start = Math.max(0, Math.min(f.offset(), text.length()));
            int end = Math.max(start, Math.min(f.offset() + f.length(), text.length()));
            x.writeCharacters(text.substring(0, start));
            if (end > start) {
                element(x, "mark", text.substring(start, end));
            } else {
                element(x, "mark", "‸", "class", "point", "title", "here");
            }
            x.writeCharacters(text.substring(end));
        }
        x.writeEndElement();
    }

    private static void element(XMLStreamWriter x, String name, String text, String... attributes) throws XMLStreamException {
        x.writeStartElement(name);
        for (int i = 0; i < attributes.length; i += 2) {
            x.writeAttribute(attributes[i], attributes[i + 1]);
        }
        x.writeCharacters(text);
        x.writeEndElement();
    }

    private static String summaryLine(QaSummary s) {
        return s.files() + " files, " + s.units() + " units: " + s.errors() + " errors, " + s.warnings() + " warnings, "
                + s.infos() + " infos, " + s.suppressed() + " suppressed";
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
