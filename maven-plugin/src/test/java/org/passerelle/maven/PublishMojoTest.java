package org.passerelle.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishMojoTest {
    @TempDir
    Path dir;
    TestProject project;
    RecordingLog log = new RecordingLog();

    @BeforeEach
    void setUp() {
        project = new TestProject(dir);
    }

    @Test
    void publishesTheCleanFileAndRefusesTheOneWithQaErrors() throws Exception {
        project.copy("clean.en.xlf", "src/main/xliff/vn-russie.en.xlf");
        File errors = project.copy("errors.en.xlf", "src/main/xliff/mer-orientale.en.xlf");
        PublishMojo publish = project.publish(log);

        MojoFailureException e = assertThrows(MojoFailureException.class, publish::execute);

        String refused = DisplayPath.of(errors.toPath()).toString();
        assertEquals("Passerelle publish: refused 1 of 2 file(s): " + refused, e.getMessage());
        String html = Files.readString(dir.resolve("target/articles/en/vn-russie.html"));
        assertTrue(html.contains("Vietnam and Russia strengthen their Comprehensive Strategic Partnership"), html);
        assertFalse(Files.exists(dir.resolve("target/articles/en/mer-orientale.html")));
        assertTrue(log.lines.contains("[ERROR] refused " + refused
                + ": 2 QA error(s) (number.mismatch 1, term.forbidden 1) (set skipQaGate to publish anyway)"), log.text());
        assertTrue(log.lines.stream().anyMatch(l -> l.startsWith("[ERROR] " + refused + ":title-1: term.forbidden: ")),
                log.text());
    }

    @Test
    void skipQaGatePublishesDespiteErrors() throws Exception {
        project.copy("errors.en.xlf", "src/main/xliff/mer-orientale.en.xlf");
        PublishMojo publish = project.publish(log);
        publish.skipQaGate = true;
        publish.formats = "html,md";

        publish.execute();

        assertTrue(Files.readString(dir.resolve("target/articles/en/mer-orientale.md")).contains("South China Sea"));
        assertTrue(Files.isRegularFile(dir.resolve("target/articles/en/mer-orientale.html")));
    }

    @Test
    void untranslatedUnitsAreRefusedUnlessAllowed() throws Exception {
        File xlf = project.copy("clean.en.xlf", "src/main/xliff/vn-russie.en.xlf");
        Files.writeString(xlf.toPath(), Files.readString(xlf.toPath())
                .replace("<target xml:lang=\"en-GB\" state=\"translated\"><mrk mid=\"1\" mtype=\"seg\">-VNA</mrk></target>", ""));
        PublishMojo publish = project.publish(log);
        publish.skipQaGate = true; // target.empty is a QA error too; this is about the publisher's own refusal

        assertThrows(MojoFailureException.class, publish::execute);
        assertTrue(log.lines.stream().anyMatch(l -> l.startsWith("[ERROR] refused ") && l.contains("credit-3")
                && l.endsWith("(set allowUntranslated to publish anyway)")), log.text());

        publish.allowUntranslated = true;
        publish.execute();
        assertTrue(Files.readString(dir.resolve("target/articles/en/vn-russie.html")).contains("-VNA"));
    }

    @Test
    void unknownArticleFormatIsAnExecutionError() throws Exception {
        project.copy("clean.en.xlf", "src/main/xliff/vn-russie.en.xlf");
        PublishMojo publish = project.publish(log);
        publish.formats = "html,pdf";
        MojoExecutionException e = assertThrows(MojoExecutionException.class, publish::execute);
        assertEquals("formats: 'pdf' is not one of html, md, txt, docx", e.getMessage());
    }
}
