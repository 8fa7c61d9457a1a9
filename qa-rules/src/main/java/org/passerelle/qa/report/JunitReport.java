package org.passerelle.qa.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.passerelle.core.AtomicFile;
import org.passerelle.qa.CheckDefinition;
import org.passerelle.qa.Finding;
import org.passerelle.qa.QaSummary;
import org.passerelle.qa.ReportListener;
import org.passerelle.qa.Severity;
import org.passerelle.xliff.TranslationUnit;

/**
 * JUnit XML ({@code qa-report.xml}) as CI servers read it: a test suite per XLIFF file, a test case
 * per check in it, failing with one line per finding at or above the failure severity (warning by
 * default); findings below it and suppressed ones are listed in the test case's output.
 */
public final class JunitReport implements ReportListener {
    private final Path file;
    private final Severity failAt;
    private final List<String> checks = new ArrayList<>();
    private final Set<String> files = new LinkedHashSet<>();
    private final Map<String, Map<String, List<Finding>>> byFile = new LinkedHashMap<>();

    public JunitReport(Path file) {
        this(file, Severity.WARNING);
    }

    /** @param failAt findings of this severity or worse fail their test case */
    public JunitReport(Path file, Severity failAt) {
        this.file = file;
        this.failAt = failAt;
    }

    @Override
    public void started(List<CheckDefinition> definitions) {
        definitions.forEach(d -> checks.add(d.id()));
    }

    @Override
    public void unit(TranslationUnit unit) {
        files.add(unit.file());
    }

    @Override
    public void finding(Finding f) {
        files.add(f.file());
        byFile.computeIfAbsent(f.file(), k -> new LinkedHashMap<>()).computeIfAbsent(f.check(), k -> new ArrayList<>()).add(f);
    }

    @Override
    public void finished(QaSummary summary) throws IOException {
        AtomicFile.write(file, out -> {
            try {
                XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
                x.writeStartDocument("UTF-8", "1.0");
                x.writeCharacters("\n");
                x.writeStartElement("testsuites");
                x.writeAttribute("name", "passerelle qa");
                x.writeAttribute("tests", String.valueOf(files.size() * checkIds().size()));
                x.writeAttribute("failures", String.valueOf(totalFailures()));
                x.writeCharacters("\n");
                for (String f : files) {
                    writeSuite(x, f);
                }
                x.writeEndElement();
                x.writeCharacters("\n");
                x.writeEndDocument();
                x.close();
            } catch (XMLStreamException e) {
                throw new IOException("cannot write JUnit report", e);
            }
        });
    }

    private List<String> checkIds() {
        List<String> ids = new ArrayList<>(checks);
        byFile.values().forEach(m -> m.keySet().stream().filter(id -> !ids.contains(id)).forEach(ids::add));
        return ids;
    }

    private boolean fails(Finding f) {
        return !f.isSuppressed() && f.severity().atLeast(failAt);
    }

    private int totalFailures() {
        int n = 0;
        for (String f : files) {
            n += failures(f);
        }
        return n;
    }

    private int failures(String file) {
        Map<String, List<Finding>> checksOfFile = byFile.getOrDefault(file, Map.of());
        return (int) checksOfFile.values().stream().filter(l -> l.stream().anyMatch(this::fails)).count();
    }

    private void writeSuite(XMLStreamWriter x, String file) throws XMLStreamException {
        List<String> ids = checkIds();
        x.writeStartElement("testsuite");
        x.writeAttribute("name", file);
        x.writeAttribute("tests", String.valueOf(ids.size()));
        x.writeAttribute("failures", String.valueOf(failures(file)));
        x.writeAttribute("errors", "0");
        x.writeAttribute("skipped", "0");
        x.writeCharacters("\n");
        for (String id : ids) {
            List<Finding> findings = byFile.getOrDefault(file, Map.of()).getOrDefault(id, List.of());
            x.writeStartElement("testcase");
            x.writeAttribute("classname", file);
            x.writeAttribute("name", id);
            List<Finding> failing = findings.stream().filter(this::fails).toList();
            if (!failing.isEmpty()) {
                x.writeStartElement("failure");
                x.writeAttribute("type", id);
                x.writeAttribute("message", failing.size() + (failing.size() == 1 ? " finding: " : " findings; first: ")
                        + failing.get(0).message());
                x.writeCharacters(lines(failing));
                x.writeEndElement();
            }
            List<Finding> other = findings.stream().filter(f -> !fails(f)).toList();
            if (!other.isEmpty()) {
                x.writeStartElement("system-out");
                x.writeCharacters(lines(other));
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeCharacters("\n");
        }
        x.writeEndElement();
        x.writeCharacters("\n");
    }

    private static String lines(List<Finding> findings) {
        StringBuilder sb = new StringBuilder();
        for (Finding f : findings) {
            sb.append(f.file()).append(':').append(f.unit()).append(": ")
                    .append(f.isSuppressed() ? "suppressed" : f.severity().id()).append(": ").append(f.check()).append(": ")
                    .append(f.message());
            if (f.isSuppressed()) {
                sb.append(" (").append(f.suppressed()).append(')');
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
