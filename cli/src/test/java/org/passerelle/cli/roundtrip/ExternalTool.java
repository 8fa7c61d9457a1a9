package org.passerelle.cli.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A CAT tool installed on the machine (OmegaT, Translate Toolkit), run as a translator runs it.
 * CI installs them (see .ci/run); where one is missing its tests are skipped with a message.
 * Every run is bounded in time and works in a temporary directory that is also its home, so that
 * the tool's settings and caches land there and nowhere else.
 */
final class ExternalTool {

    private static final Duration TIMEOUT = Duration.ofMinutes(3);

    private final Path executable;

    private ExternalTool(Path executable) {
        this.executable = executable;
    }

    /** The command on the PATH, or the test is skipped. */
    static ExternalTool require(String command, String packageName) {
        Optional<Path> found = onPath(command);
        assumeTrue(found.isPresent(), command + " is not installed (Debian package " + packageName
                + ", installed by .ci/run); skipping the round trip through it");
        return new ExternalTool(found.get());
    }

    private static Optional<Path> onPath(String command) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator)).filter(d -> !d.isBlank())
                .map(d -> Path.of(d, command)).filter(Files::isExecutable).findFirst();
    }

    /**
     * Runs the tool in {@code workDir} with {@code home} as its home directory and these JVM options
     * (for a Java tool; ignored by others); fails the test on a time-out or a non-zero exit.
     */
    String run(Path workDir, Path home, List<String> javaOptions, String... args) throws IOException, InterruptedException {
        Files.createDirectories(home);
        Path log = Files.createTempFile(workDir, executable.getFileName().toString(), ".log");
        ProcessBuilder pb = new ProcessBuilder(Stream.concat(Stream.of(executable.toString()), Stream.of(args)).toList())
                .directory(workDir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = pb.environment();
        env.put("HOME", home.toString());
        env.put("JAVA_TOOL_OPTIONS", String.join(" ", javaOptions) + " -Duser.home=" + home);
        Process p = pb.start();
        boolean done = p.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (!done) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(done, executable + " did not finish within " + TIMEOUT + ":\n" + output);
        assertEquals(0, p.exitValue(), executable + " " + String.join(" ", args) + " failed:\n" + output);
        return output;
    }

    String run(Path workDir, String... args) throws IOException, InterruptedException {
        return run(workDir, workDir.resolve("home"), List.of(), args);
    }
}
