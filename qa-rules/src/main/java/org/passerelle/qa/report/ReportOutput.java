package org.passerelle.qa.report;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.passerelle.core.AtomicFile;

/**
 * Where a report goes: a file, replaced atomically (readers never see half a report, and the
 * temporary file is removed when writing fails), or a stream such as standard output, which the
 * report flushes but never closes.
 */
public final class ReportOutput {
    private final Path path;
    private final OutputStream stream;

    private ReportOutput(Path path, OutputStream stream) {
        this.path = path;
        this.stream = stream;
    }

    public static ReportOutput file(Path path) {
        return new ReportOutput(path, null);
    }

    public static ReportOutput stream(OutputStream out) {
        return new ReportOutput(null, out);
    }

    /** The file (or, for reports of several files, the directory) written; null for a stream. */
    public Path path() {
        return path;
    }

    public void write(AtomicFile.Content content) throws IOException {
        if (path != null) {
            AtomicFile.write(path, content);
            return;
        }
        // JSON and XML writers close their target when they are done; standard output must stay open.
        OutputStream unclosable = new FilterOutputStream(stream) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
        content.writeTo(unclosable);
        unclosable.flush();
    }

    @Override
    public String toString() {
        return path == null ? "standard output" : path.toString();
    }
}
