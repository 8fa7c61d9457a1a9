package org.passerelle.core;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * An output stream that remembers the first failure of the stream under it: the library writing
 * through it (Okapi, JAXB) may rethrow that failure wrapped in an exception of its own, or swallow
 * it, and {@link AtomicFile} still has to tell the user the disk is full.
 */
final class WitnessedStream extends FilterOutputStream {
    private IOException failure;

    WitnessedStream(OutputStream out) {
        super(out);
    }

    /** The first failure of the underlying stream, or null. */
    IOException failure() {
        return failure;
    }

    @Override
    public void write(int b) throws IOException {
        witnessed(() -> out.write(b));
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        witnessed(() -> out.write(b, off, len));
    }

    @Override
    public void flush() throws IOException {
        witnessed(out::flush);
    }

    @Override
    public void close() throws IOException {
        witnessed(out::close);
    }

    private interface Operation {
        void run() throws IOException;
    }

    private void witnessed(Operation operation) throws IOException {
        try {
            operation.run();
        } catch (IOException e) {
            if (failure == null) {
                failure = e;
            }
            throw e;
        }
    }
}
