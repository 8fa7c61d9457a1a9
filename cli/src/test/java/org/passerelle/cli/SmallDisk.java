package org.passerelle.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * A real small file system (tmpfs) to fill up or make read-only, for the disk-full cases: a
 * simulated failure would not show what the libraries (Okapi, JAXB, Jackson) make of a real one.
 * Mounting needs root and a kernel that lets this container mount; elsewhere the cases are
 * skipped with a message.
 */
final class SmallDisk implements AutoCloseable {
    private final Path root;

    private SmallDisk(Path root) {
        this.root = root;
    }

    static SmallDisk mount(Path root, String size) throws Exception {
        Files.createDirectories(root);
        assumeTrue(exec("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", root.toString()),
                "cannot mount a small tmpfs here (needs root): the full and read-only disk cases are skipped");
        return new SmallDisk(root);
    }

    Path root() {
        return root;
    }

    /** Writes until the disk is full. */
    void fill() throws IOException {
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(root.resolve("filler"))) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // the point
        }
    }

    void readOnly() throws Exception {
        if (!exec("mount", "-o", "remount,ro", root.toString())) {
            throw new IllegalStateException("cannot remount " + root + " read-only");
        }
    }

    /** Temporary files an atomic write left behind (none, if it cleaned up). */
    List<Path> temporaryFiles() throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(p -> p.getFileName().toString().startsWith(".") && p.getFileName().toString().endsWith(".tmp"))
                    .toList();
        }
    }

    /** The cases, and the disk unmounted once they have run. */
    Stream<DynamicTest> cases(Stream<DynamicTest> cases) {
        return cases.onClose(this::close);
    }

    @Override
    public void close() {
        try {
            exec("umount", root.toString());
        } catch (Exception e) {
            throw new IllegalStateException("cannot unmount " + root, e);
        }
    }

    private static boolean exec(String... command) throws Exception {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
