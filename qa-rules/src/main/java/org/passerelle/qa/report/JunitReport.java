package org.passerelle.qa.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.passerelle.core.InputException;
import org.passerelle.qa.CheckDefinition;
import org.passerelle.qa.FileCheck;
import org.passerelle.qa.Finding;
import org.passerelle.qa.QaSummary;
import org.passerelle.qa.ReportListener;
import org.passerelle.xliff.TranslationUnit;

/**
 * JUnit XML ({@code qa-report.xml}) as CI servers show it: a test suite per XLIFF file and a test
 * case per check in it. A test case fails exactly when the gate fails on that check in that file
 * (an unsuppressed finding at or above {@code --fail-on}); it is skipped when the check cannot apply
 * to the file's languages (the Vietnamese checks on an English file) or the file could not be read.
 * Findings that do not fail are listed in the test case's output.
 */
public final class JunitReport implements ReportListener {
    private final ReportOutput output;
    private final ReportSettings settings;
    private final List<CheckDefinition> checks = new ArrayList<>();
    private final Map<String, FileResults> files = new LinkedHashMap<>();

    /** What one file brought: its languages, and its findings by check. */
    private static final class FileResults {
        final Set<String> sourceLanguages = new HashSet<>();
        final Set<String> targetLanguages = new HashSet<>();
        final Map<String, List<Finding>> byCheck = new LinkedHashMap<>();
        boolean unreadable;
    }

    public JunitReport(Path file) {
        this(ReportOutput.file(file), ReportSettings.DEFAULT);
    }

    public JunitReport(ReportOutput output, ReportSettings settings) {
        this.output = output;
        this.settings = settings;
    }

    @Override
    public void started(List<CheckDefinition> definitions) {
        checks.addAll(definitions);
    }

    @Override
    public void unit(TranslationUnit unit) {
        FileResults results = file(unit.file());
        results.sourceLanguages.add(unit.sourceLanguage());
        results.targetLanguages.add(unit.targetLanguage());
    }

    @Override
    public void unreadable(InputException problem) {
        if (problem.file() != null) {
            file(problem.file().toString()).unreadable = true;
        }
    }

    @Override
    public void finding(Finding f) {
        file(f.file()).byCheck.computeIfAbsent(f.check(), k -> new ArrayList<>()).add(f);
    }

    private FileResults file(String name) {
        return files.computeIfAbsent(name, k -> new FileResults());
    }

    @Override
    public void finished(QaSummary summary) throws IOException {
        List<TestCase> all = new ArrayList<>();
        Map<String, List<TestCase>> suites = new LinkedHashMap<>();
        files.forEach((name, results) -> {
            List<TestCase> cases = cases(name, results);
            suites.put(name, cases);
            all.addAll(cases);
        });
        output.write(out -> {
            try {
                XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
                x.writeStartDocument("UTF-8", "1.0");
                x.writeCharacters("\n");
                x.writeStartElement("testsuites");
                x.writeAttribute("name", "passerelle qa");
                counts(x, all);
                x.writeCharacters("\n");
                for (Map.Entry<String, List<TestCase>> suite : suites.entrySet()) {
                    writeSuite(x, suite.getKey(), suite.getValue());
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

    /** The test cases of one file: every check of the run, plus any whose findings came unannounced. */
    private List<TestCase> cases(String file, FileResults results) {
        List<CheckDefinition> defined = new ArrayList<>(checks);
        List<TestCase> cases = new ArrayList<>();
        for (CheckDefinition d : defined) {
            cases.add(TestCase.of(file, d.id(), results.byCheck.getOrDefault(d.id(), List.of()), settings,
                    skipReason(d, results)));
        }
        results.byCheck.forEach((id, findings) -> {
            if (defined.stream().noneMatch(d -> d.id().equals(id))) {
                cases.add(TestCase.of(file, id, findings, settings, null));
            }
        });
        return cases;
    }

    /** Why {@code d} did not run on the file, or null when it did. */
    private static String skipReason(CheckDefinition d, FileResults results) {
        if (results.unreadable) {
            return d.id().equals(FileCheck.UNREADABLE.id()) ? null : "not checked: the file is not readable XLIFF";
        }
        if (!results.byCheck.containsKey(d.id()) && !applies(d, results)) {
            return "does not apply: " + d.id() + " checks " + d.languages().description() + " only";
        }
        return null;
    }

    private static boolean applies(CheckDefinition d, FileResults results) {
        return results.sourceLanguages.stream().anyMatch(d.languages().covers())
                || results.targetLanguages.stream().anyMatch(d.languages().covers());
    }

    private static void counts(XMLStreamWriter x, List<TestCase> cases) throws XMLStreamException {
        x.writeAttribute("tests", String.valueOf(cases.size()));
        x.writeAttribute("failures", String.valueOf(cases.stream().filter(TestCase::failed).count()));
        x.writeAttribute("errors", "0");
        x.writeAttribute("skipped", String.valueOf(cases.stream().filter(TestCase::skipped).count()));
    }

    private static void writeSuite(XMLStreamWriter x, String file, List<TestCase> cases) throws XMLStreamException {
        x.writeStartElement("testsuite");
        x.writeAttribute("name", file);
        counts(x, cases);
        x.writeCharacters("\n");
        for (TestCase c : cases) {
            c.write(x);
            x.writeCharacters("\n");
        }
        x.writeEndElement();
        x.writeCharacters("\n");
    }
}
