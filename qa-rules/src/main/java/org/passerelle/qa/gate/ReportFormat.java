package org.passerelle.qa.gate;

import java.io.OutputStream;
import java.nio.file.Path;
import org.passerelle.qa.ReportListener;
import org.passerelle.qa.report.ReportOutput;
import org.passerelle.qa.report.ReportSettings;

/**
 * A report the gate can write: the name users give it ({@code json}), what it writes in the report
 * directory ({@code qa-report.json}, or a directory of files), and the report that writes it.
 *
 * @param streams true when the report is one file that can go to standard output instead
 */
public record ReportFormat(String name, String fileName, boolean streams, Factory factory) {

    /** Makes the report for one run. */
    @FunctionalInterface
    public interface Factory {
        ReportListener create(ReportOutput output, ReportSettings settings);
    }

    /** A format written as {@code qa-report.<extension>}, so CI jobs find the files without configuration. */
    public static ReportFormat file(String name, String extension, Factory factory) {
        return new ReportFormat(name, "qa-report." + extension, true, factory);
    }

    /** A format that writes several files into {@code directory} of the report directory. */
    public static ReportFormat directory(String name, String directory, Factory factory) {
        return new ReportFormat(name, directory, false, factory);
    }

    /** Where this format writes in the report directory {@code directory}. */
    public Path in(Path directory) {
        return directory.resolve(fileName);
    }

    /** The report writing this format into {@code directory}, for the default gate ({@code --fail-on error}). */
    public ReportListener listener(Path directory) {
        return listener(directory, ReportSettings.DEFAULT);
    }

    public ReportListener listener(Path directory, ReportSettings settings) {
        return factory.create(ReportOutput.file(in(directory)), settings);
    }

    /** The report writing this format to {@code out} (standard output); only for formats that {@link #streams}. */
    public ReportListener listener(OutputStream out, ReportSettings settings) {
        if (!streams) {
            throw new IllegalStateException(name + " writes several files and needs a report directory");
        }
        return factory.create(ReportOutput.stream(out), settings);
    }

    @Override
    public String toString() {
        return name;
    }
}
