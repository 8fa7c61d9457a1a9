package org.passerelle.qa.report;

import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.passerelle.qa.Finding;

/** One check on one file, as a JUnit test case: failed, skipped, or passed with its findings as output. */
record TestCase(String file, String check, List<Finding> failing, List<Finding> other, String skipReason) {

    static TestCase of(String file, String check, List<Finding> findings, ReportSettings settings, String skipReason) {
        List<Finding> failing = findings.stream().filter(f -> !f.isSuppressed() && settings.fails(f.severity())).toList();
        List<Finding> other = findings.stream().filter(f -> !failing.contains(f)).toList();
        return new TestCase(file, check, failing, other, skipReason);
    }

    boolean failed() {
        return !failing.isEmpty();
    }

    boolean skipped() {
        return !failed() && skipReason != null;
    }

    void write(XMLStreamWriter x) throws XMLStreamException {
        x.writeStartElement("testcase");
        x.writeAttribute("classname", file);
        x.writeAttribute("name", check);
        if (failed()) {
            x.writeStartElement("failure");
            x.writeAttribute("type", check);
            x.writeAttribute("message", failing.size() + (failing.size() == 1 ? " finding: " : " findings; first: ")
                    + Excerpt.of(failing.get(0).message()));
            x.writeCharacters(lines(failing));
            x.writeEndElement();
        } else if (skipped()) {
            x.writeEmptyElement("skipped");
            x.writeAttribute("message", skipReason);
        }
        if (!other.isEmpty()) {
            x.writeStartElement("system-out");
            x.writeCharacters(lines(other));
            x.writeEndElement();
        }
        x.writeEndElement();
    }

    private static String lines(List<Finding> findings) {
        StringBuilder sb = new StringBuilder();
        for (Finding f : findings) {
            sb.append(TextReport.line(f)).append('\n');
        }
        return sb.toString();
    }
}
