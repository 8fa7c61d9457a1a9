package org.passerelle.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** prepare on a real VNA seed article (with its typos and boilerplate). */
class PrepareMojoTest {
    static final String ARTICLE = "000_78e9962cff1393cc";

    @TempDir
    Path dir;
    TestProject project;
    RecordingLog log = new RecordingLog();
    PrepareMojo prepare;

    @BeforeEach
    void setUp() throws Exception {
        project = new TestProject(dir);
        project.copy(ARTICLE + ".txt", "src/main/articles/" + ARTICLE + ".txt");
        prepare = new PrepareMojo();
        prepare.setLog(log);
        prepare.articleDirectory = project.file("src/main/articles");
        prepare.termbase = project.copy("termbase.tbx", "termbase.tbx");
        prepare.targets = "en-GB, vi";
        prepare.outputDirectory = project.file("src/main/xliff");
        prepare.xliffVersion = "1.2";
        prepare.sourceLanguage = "fr";
    }

    @Test
    void writesOneXliffPerTargetWithTheTermbaseHits() throws Exception {
        prepare.execute();

        String en = Files.readString(dir.resolve("src/main/xliff/" + ARTICLE + ".en-GB.xlf"));
        assertTrue(en.contains("target-language=\"en-GB\""), en);
        assertTrue(en.contains("Partenariat stratégique intégral"), en);
        assertTrue(en.contains("Comprehensive Strategic Partnership"), "the termbase hit is in the file");
        assertTrue(Files.isRegularFile(dir.resolve("src/main/xliff/" + ARTICLE + ".vi.xlf")));
        assertTrue(log.lines.contains("[INFO] Passerelle prepare: 1 article(s) x 2 language(s) into "
                + DisplayPath.of(dir.resolve("src/main/xliff"))), log.text());
    }

    @Test
    void aTargetThatIsNotALanguageTagIsRefusedBeforeAnythingIsWritten() {
        prepare.targets = "en,vn-VN";
        MojoExecutionException e = assertThrows(MojoExecutionException.class, prepare::execute);
        assertEquals("targets: 'vn-VN' is not a language tag (e.g. en, en-GB, vi)", e.getMessage());
        assertFalse(Files.exists(dir.resolve("src/main/xliff")));
    }

    @Test
    void anArticleInAnotherLanguageIsAnExecutionErrorNamingIt() throws Exception {
        prepare.sourceLanguage = "en";
        MojoExecutionException e = assertThrows(MojoExecutionException.class, prepare::execute);
        assertTrue(e.getMessage().contains(ARTICLE + ".txt: detected French"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("src/main/xliff")));
    }
}
