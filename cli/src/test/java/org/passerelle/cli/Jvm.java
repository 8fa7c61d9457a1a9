package org.passerelle.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.passerelle.cli.CommandLineTest.Result;

/**
 * The command in a JVM of its own with a given heap: memory is bounded when the command gives its
 * answer within that heap (running out of it would be exit 3 and a stack trace).
 */
final class Jvm {
    private static final long HANG_SECONDS = 300;

    private Jvm() {
    }

    static Result run(String heap, Object... args) throws Exception {
        return run(heap, null, args);
    }

    /** With standard output going to {@code stdout} (a file or a device) instead of being captured. */
    static Result run(String heap, Path stdout, Object... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-cp", classPath(), Passerelle.class.getName()));
        Stream.of(args).map(String::valueOf).forEach(command::add);
        Path out = Files.createTempFile("passerelle-out", ".txt");
        Path err = Files.createTempFile("passerelle-err", ".txt");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput((stdout == null ? out : stdout).toFile())
                    .redirectError(err.toFile());
            builder.environment().put("CI", "true");
            Process p = builder.start();
            boolean done = p.waitFor(HANG_SECONDS, TimeUnit.SECONDS);
            if (!done) {
                p.destroyForcibly().waitFor();
            }
            assertTrue(done, "hangs: " + String.join(" ", command.subList(4, command.size())));
            return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    // Surefire runs the tests from a manifest-only jar and gives the real class path in this property.
    private static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }
}
