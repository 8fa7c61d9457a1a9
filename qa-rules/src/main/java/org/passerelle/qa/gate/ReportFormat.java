package org.passerelle.qa.gate;

import java.nio.file.Path;
import java.util.function.Function;
import org.passerelle.qa.ReportListener;

/**
 * A report file the gate can write: the name users give it ({@code json}), the extension of its
 * file ({@code qa-report.json}) and the report that writes that file.
 */
public record ReportFormat(String name, String extension, Function<Path, ReportListener> factory) {

    /** Every format writes {@code qa-report.<extension>}, so CI jobs find the files without configuration. */
    public String fileName() {
        return "qa-report." + extension;
    }

    /** The report writing this format's file in {@code directory}. */
    public ReportListener listener(Path directory) {
        return factory.apply(directory.resolve(fileName()));
    }

    @Override
    public String toString() {
        return name;
    }
}
