package org.passerelle.qa.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Headless Chromium (Debian's {@code chromium}, which .ci/run installs): the HTML report as a
 * browser draws it, script run. Tests skip when it is not installed.
 */
final class Chromium {
    private static final List<String> COMMANDS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome");

    private Chromium() {
    }

    static String command() {
        return COMMANDS.stream().filter(c -> Files.isExecutable(Path.of(c))).findFirst().orElse(null);
    }

    /** The page's DOM once loaded and drawn. */
    static Document draw(Path page, Path profile) throws IOException, InterruptedException {
        Path out = Files.createTempFile(profile, "dom", ".html");
        Process p = new ProcessBuilder(command(), "--headless=new", "--no-sandbox", "--disable-gpu",
                "--user-data-dir=" + profile.toAbsolutePath(), "--dump-dom", page.toAbsolutePath().toUri().toString())
                .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("chromium did not finish in 120 s");
        }
        return Jsoup.parse(Files.readString(out, StandardCharsets.UTF_8));
    }
}
