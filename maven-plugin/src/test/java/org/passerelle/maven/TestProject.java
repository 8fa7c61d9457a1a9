package org.passerelle.maven;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** A throw-away project directory with test resources copied in, as Maven would see it. */
final class TestProject {
    final Path dir;

    TestProject(Path dir) {
        this.dir = dir;
    }

    /** Copies the test resource {@code name} to {@code target} (relative to the project). */
    File copy(String name, String target) throws IOException {
        Path file = dir.resolve(target);
        Files.createDirectories(file.getParent());
        try (InputStream in = TestProject.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("no test resource " + name);
            }
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file.toFile();
    }

    File file(String path) {
        return dir.resolve(path).toFile();
    }

    /** A qa goal configured like a pom's defaults, with LanguageTool off (not what these tests are about). */
    QaMojo qa(RecordingLog log) throws IOException {
        QaMojo mojo = new QaMojo();
        configure(mojo, log);
        mojo.reportDirectory = file("target/passerelle");
        mojo.formats = "json,sarif,junit,html";
        mojo.failOnViolation = true;
        mojo.violationSeverity = "error";
        return mojo;
    }

    PublishMojo publish(RecordingLog log) throws IOException {
        PublishMojo mojo = new PublishMojo();
        configure(mojo, log);
        mojo.outputDirectory = file("target/articles");
        mojo.formats = "html";
        return mojo;
    }

    private void configure(AbstractQaMojo mojo, RecordingLog log) throws IOException {
        mojo.setLog(log);
        mojo.basedir = dir.toFile();
        mojo.termbase = copy("termbase.tbx", "termbase.tbx");
        mojo.profile = copy("no-languagetool.properties", "passerelle-profile.properties");
        mojo.cacheFile = file("target/passerelle/lt-cache.json");
        mojo.server = "auto";
    }
}
