package org.passerelle.qa.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.passerelle.qa.CheckDefinition;
import org.passerelle.qa.Finding;
import org.passerelle.qa.QaSummary;
import org.passerelle.qa.ReportListener;
import org.passerelle.qa.ToolVersion;
import org.passerelle.xliff.TranslationUnit;

/**
 * {@code qa-report.html}: one self-contained page (styles, script and data inline, nothing fetched)
 * a reviewer reads in a browser. One card per unit with all its findings, source and target side by
 * side with each finding's span marked, and the phrases its message quotes marked on both sides;
 * filters with counts, a text search, and an anchor per unit ({@code #file.xlf--unit-id}).
 *
 * <p>The findings travel as JSON and the script draws one page of cards at a time, so the page stays
 * small and opens fast with ten thousand findings. The page is polyglot XHTML written through StAX;
 * the JSON escapes {@code < > &} and the script sits in a commented CDATA section, so neither XML nor
 * HTML parsers see markup in them.
 */
public final class HtmlReport implements ReportListener {
    private static final String STYLE = resource("report.css");
    private static final String SCRIPT = resource("report.js");
    private static final JsonFactory JSON = new JsonFactory();

    private final ReportOutput output;
    private final Map<String, CheckDefinition> checks = new LinkedHashMap<>();
    private final Map<String, Integer> files = new LinkedHashMap<>();
    private final List<UnitCard> cards = new ArrayList<>();
    private TranslationUnit current;
    private UnitCard card;

    public HtmlReport(Path file) {
        this(ReportOutput.file(file));
    }

    public HtmlReport(ReportOutput output) {
        this.output = output;
    }

    @Override
    public void started(List<CheckDefinition> definitions) {
        definitions.forEach(d -> checks.put(d.id(), d));
    }

    @Override
    public void unit(TranslationUnit unit) {
        current = unit;
        card = null;
    }

    @Override
    public void finding(Finding f) {
        if (card == null || !card.holds(f)) {
            boolean ofCurrent = current != null && current.id().equals(f.unit()) && Objects.equals(current.file(), f.file());
            int file = files.computeIfAbsent(f.file(), k -> files.size());
            card = new UnitCard(file, f.file(), f.unit(), ofCurrent ? current : null);
            cards.add(card);
        }
        card.add(f);
    }

    @Override
    public void finished(QaSummary summary) throws IOException {
        String data = data(summary);
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
                skeleton(x);
                x.writeStartElement("script");
                x.writeAttribute("type", "application/json");
                x.writeAttribute("id", "qa-data");
                x.writeCharacters(data);
                x.writeEndElement();
                x.writeStartElement("script");
                // "//" keeps the CDATA markers out of the script for HTML parsers; XML parsers read the section.
                x.writeCharacters("//");
                x.writeCData("\n" + SCRIPT + "\n//");
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

    /** The findings as the script reads them: checks, files, and the cards, errors first. */
    private String data(QaSummary summary) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(text)) {
            g.setCharacterEscapes(MarkupEscapes.INSTANCE);
            g.writeStartObject();
            g.writeObjectFieldStart("checks");
            for (CheckDefinition d : checks.values()) {
                g.writeObjectFieldStart(d.id());
                g.writeStringField("d", d.description());
                g.writeStringField("c", d.category().id());
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeArrayFieldStart("files");
            for (String f : files.keySet()) {
                g.writeStartObject();
                g.writeStringField("path", f);
                g.writeStringField("name", fileName(f));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("cards");
            for (UnitCard c : cards.stream().sorted(Comparator.comparingInt(UnitCard::rank)).toList()) {
                c.write(g);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return text.toString();
    }

    private static void head(XMLStreamWriter x) throws XMLStreamException {
        x.writeStartElement("head");
        x.writeEmptyElement("meta");
        x.writeAttribute("charset", "utf-8");
        x.writeEmptyElement("meta");
        x.writeAttribute("name", "viewport");
        x.writeAttribute("content", "width=device-width, initial-scale=1");
        element(x, "title", "Passerelle QA report");
        x.writeEmptyElement("meta");
        x.writeAttribute("name", "generator");
        x.writeAttribute("content", "passerelle " + ToolVersion.get());
        element(x, "style", STYLE);
        x.writeEndElement();
    }

    /** The controls and the empty places the script fills. */
    private static void skeleton(XMLStreamWriter x) throws XMLStreamException {
        x.writeStartElement("form");
        x.writeAttribute("id", "filters");
        x.writeAttribute("role", "search");
        x.writeStartElement("label");
        x.writeCharacters("Search ");
        x.writeEmptyElement("input");
        x.writeAttribute("type", "search");
        x.writeAttribute("id", "f-text");
        x.writeAttribute("placeholder", "text, unit, message");
        x.writeEndElement();
        for (String[] select : new String[][] {{"f-severity", "Severity"}, {"f-check", "Check"}, {"f-file", "File"}}) {
            x.writeStartElement("label");
            x.writeCharacters(select[1] + " ");
            x.writeStartElement("select");
            x.writeAttribute("id", select[0]);
            element(x, "option", "all", "value", "");
            x.writeEndElement();
            x.writeEndElement();
        }
        x.writeStartElement("label");
        x.writeEmptyElement("input");
        x.writeAttribute("type", "checkbox");
        x.writeAttribute("id", "f-suppressed");
        x.writeCharacters(" show suppressed");
        x.writeEndElement();
        x.writeEndElement();
        element(x, "p", "", "id", "shown");
        element(x, "noscript", "This report draws its findings with JavaScript; qa-report.json has them too.");
        element(x, "main", "", "id", "cards");
        element(x, "nav", "", "id", "pages");
    }

    private static void element(XMLStreamWriter x, String name, String text, String... attributes) throws XMLStreamException {
        x.writeStartElement(name);
        for (int i = 0; i < attributes.length; i += 2) {
            x.writeAttribute(attributes[i], attributes[i + 1]);
        }
        x.writeCharacters(text);
        x.writeEndElement();
    }

    private static String fileName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
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

    /** JSON that can sit in an HTML {@code script} element and in XML text unchanged: no {@code < > &}. */
    private static final class MarkupEscapes extends CharacterEscapes {
        static final MarkupEscapes INSTANCE = new MarkupEscapes();
        private final int[] escapes = standardAsciiEscapesForJSON();

        private MarkupEscapes() {
            escapes['<'] = ESCAPE_STANDARD;
            escapes['>'] = ESCAPE_STANDARD;
            escapes['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
