package org.passerelle.maven;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.passerelle.qa.ReportListener;
import org.passerelle.qa.report.HtmlReport;
import org.passerelle.qa.report.JsonReport;
import org.passerelle.qa.report.JunitReport;
import org.passerelle.qa.report.SarifReport;
import org.passerelle.qa.report.TextFileReport;

/** The report files of the {@code formats} parameter, named as DESIGN.md and the command line name them. */
enum ReportFormat {
    JSON("qa-report.json"), SARIF("qa-report.sarif"), JUNIT("qa-report.xml"), HTML("qa-report.html"),
    TEXT("qa-report.txt");

    private final String fileName;

    ReportFormat(String fileName) {
        this.fileName = fileName;
    }

    String fileName() {
        return fileName;
    }

    ReportListener listener(Path reportDirectory) {
        Path file = reportDirectory.resolve(fileName);
        return switch (this) {
            case JSON -> new JsonReport(file);
            case SARIF -> new SarifReport(file);
            case JUNIT -> new JunitReport(file);
            case HTML -> new HtmlReport(file);
            case TEXT -> new TextFileReport(file);
        };
    }

    static ReportFormat parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("formats: '" + value.trim() + "' is not one of "
                    + Arrays.stream(values()).map(ReportFormat::toString).collect(Collectors.joining(", ")));
        }
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
