package org.passerelle.qa.gate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.passerelle.qa.report.CodeQualityReport;
import org.passerelle.qa.report.HtmlReport;
import org.passerelle.qa.report.JsonReport;
import org.passerelle.qa.report.JunitReport;
import org.passerelle.qa.report.SarifReport;
import org.passerelle.qa.report.TextFileReport;
import org.passerelle.qa.report.XliffReport;

/** The report formats users can name, in the order usage errors list them. */
public final class ReportFormats {
    public static final ReportFormat JSON = ReportFormat.file("json", "json", (out, s) -> new JsonReport(out));
    public static final ReportFormat SARIF = ReportFormat.file("sarif", "sarif", (out, s) -> new SarifReport(out));
    public static final ReportFormat JUNIT = ReportFormat.file("junit", "xml", JunitReport::new);
    public static final ReportFormat HTML = ReportFormat.file("html", "html", (out, s) -> new HtmlReport(out));
    public static final ReportFormat TEXT = ReportFormat.file("text", "txt", (out, s) -> new TextFileReport(out));
    /** GitLab Code Quality; not {@code qa-report.json}, which is ours. */
    public static final ReportFormat CODE_QUALITY = ReportFormat.file("codequality", "codequality.json",
            (out, s) -> new CodeQualityReport(out));

    /** A copy of each XLIFF with its findings as notes and ITS quality marks, for the translator. */
    public static final ReportFormat XLIFF = ReportFormat.directory("xliff", "qa-xliff", (out, s) -> new XliffReport(out));

    private static final ReportFormats BUILT_IN = new ReportFormats(List.of(JSON, SARIF, JUNIT, HTML, TEXT, CODE_QUALITY, XLIFF));

    private final List<ReportFormat> formats;

    private ReportFormats(List<ReportFormat> formats) {
        this.formats = List.copyOf(formats);
    }

    public static ReportFormats builtIn() {
        return BUILT_IN;
    }

    /** These formats and {@code format}, which may replace a format of the same name. */
    public ReportFormats with(ReportFormat format) {
        List<ReportFormat> result = new ArrayList<>(formats);
        result.removeIf(f -> f.name().equals(format.name()));
        result.add(format);
        return new ReportFormats(result);
    }

    public List<ReportFormat> all() {
        return formats;
    }

    /** What a report directory gets when no format is named: every format that is one file. */
    public List<ReportFormat> defaults() {
        return formats.stream().filter(ReportFormat::streams).toList();
    }

    public List<String> names() {
        return formats.stream().map(ReportFormat::name).toList();
    }

    /** The format named {@code name}, in any case and with surrounding spaces ignored. */
    public ReportFormat named(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        return formats.stream().filter(f -> f.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new UnknownNameException(name.trim(), names()));
    }

    /**
     * The formats of a comma-separated list such as {@code json,sarif}, in this registry's order
     * (which report a reader is pointed to must not depend on how the list was typed).
     */
    public List<ReportFormat> namedIn(String list) {
        List<ReportFormat> requested = new ArrayList<>();
        for (String name : list.split(",")) {
            if (!name.isBlank()) {
                requested.add(named(name));
            }
        }
        return formats.stream().filter(requested::contains).toList();
    }
}
