package org.passerelle.cli;

/** The report formats of {@code qa --format}, and the files DESIGN.md names for them. */
enum ReportFormat {
    text("qa-report.txt"), json("qa-report.json"), html("qa-report.html"), junit("qa-report.xml"),
    sarif("qa-report.sarif");

    final String fileName;

    ReportFormat(String fileName) {
        this.fileName = fileName;
    }
}
