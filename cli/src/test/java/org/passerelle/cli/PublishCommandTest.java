package org.passerelle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code passerelle publish} on the sample translations, as the README shows it. */
class PublishCommandTest {

    static final Path TRANSLATIONS = PipelineRunTest.SAMPLES.resolve("translations");
    static final String CLEAN = "000_78e9962cff1393cc";
    static final String FAULTY = "003_29974663294a4e55";

    @TempDir
    Path tmp;

    @Test
    void publishesWhatPassesTheGateAsASiteAndListsWhatItHeldBack() throws Exception {
        Path out = tmp.resolve("publish");
        CommandLineTest.Result r = CommandLineTest.run("publish", TRANSLATIONS.resolve(CLEAN + ".en.xlf").toString(),
                TRANSLATIONS.resolve(CLEAN + ".vi.xlf").toString(), TRANSLATIONS.resolve(FAULTY + ".en.xlf").toString(),
                "-o", out.toString(), "--termbase", PipelineRunTest.SAMPLES.resolve("termbase.tbx").toString(),
                "--base-url", "https://news.example/");

        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().contains(TRANSLATIONS.resolve(CLEAN + ".en.xlf") + " -> " + out.resolve("en/" + CLEAN + ".html")), r.out());
        assertTrue(r.out().contains("refused " + TRANSLATIONS.resolve(FAULTY + ".en.xlf") + ": 5 QA error(s)"), r.out());
        assertTrue(r.out().contains("site -> " + out.resolve("index.html")), r.out());
        assertTrue(r.out().contains("note: " + TRANSLATIONS.resolve(CLEAN + ".en.xlf") + ": the article has no title block"), r.out());
        Document en = Jsoup.parse(out.resolve("en/" + CLEAN + ".html").toFile(), "UTF-8");
        assertEquals("https://news.example/vi/" + CLEAN + ".html", en.selectFirst("link[hreflang=vi-VN]").attr("href"));
        Document refused = Jsoup.parse(out.resolve("refused.html").toFile(), "UTF-8");
        assertTrue(refused.text().contains(FAULTY + ".en.xlf") && refused.text().contains("term.forbidden"), refused.text());
        assertFalse(Files.exists(out.resolve("en/" + FAULTY + ".html")));
    }

    @Test
    void aDirectoryIsPublishedAsItsXliffFiles() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("translations"));
        for (String name : new String[] {CLEAN + ".en.xlf", CLEAN + ".vi.xlf", FAULTY + ".vi.xlf"}) {
            Files.copy(TRANSLATIONS.resolve(name), dir.resolve(name));
        }
        Path out = tmp.resolve("publish");

        CommandLineTest.Result r = CommandLineTest.run("publish", dir.toString(), "-o", out.toString(),
                "--termbase", PipelineRunTest.SAMPLES.resolve("termbase.tbx").toString());

        assertEquals(1, r.code(), r.err());
        assertTrue(Files.exists(out.resolve("en/" + CLEAN + ".html")), r.out());
        assertTrue(Files.exists(out.resolve("vi/" + CLEAN + ".html")), r.out());
        assertTrue(r.out().contains("refused " + dir.resolve(FAULTY + ".vi.xlf") + ": 3 QA error(s)"), r.out());
        assertFalse(Files.exists(out.resolve("vi/" + FAULTY + ".html")));
    }

    @Test
    void aDirectoryWithoutXliffIsBadInput() throws Exception {
        Path empty = Files.createDirectory(tmp.resolve("empty"));

        CommandLineTest.Result r = CommandLineTest.run("publish", empty.toString(), "-o", tmp.resolve("out").toString());

        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().strip().startsWith("passerelle: " + empty + ": a directory without XLIFF files"), r.err());
        assertFalse(Files.exists(tmp.resolve("out")));
    }

    @Test
    void aHostileTargetLanguageIsOneLineAndExit2WithNothingWritten() throws Exception {
        Path xliff = Files.copy(TRANSLATIONS.resolve(CLEAN + ".en.xlf"), tmp.resolve(CLEAN + ".en.xlf"));
        Files.writeString(xliff, Files.readString(xliff).replace("target-language=\"en-GB\"", "target-language=\"../../../escaped\""));
        Path out = tmp.resolve("a/b/publish");

        CommandLineTest.Result r = CommandLineTest.run("publish", xliff.toString(), "-o", out.toString(), "--skip-qa-gate");

        assertEquals(2, r.code(), r.out() + r.err());
        // the XLIFF scanner refuses it before publish sees it, as every command that reads the file does
        assertEquals("passerelle: " + xliff + ":3:1: target-language '../../../escaped' is not a language tag (BCP 47, e.g. en-GB)",
                r.err().strip());
        assertFalse(Files.exists(tmp.resolve("a")), "nothing written");
        assertFalse(Files.exists(tmp.resolve("escaped")));
    }

    @Test
    void aBaseUrlThatIsNoAddressIsAUsageError() {
        CommandLineTest.Result r = CommandLineTest.run("publish", TRANSLATIONS.resolve(CLEAN + ".en.xlf").toString(),
                "-o", tmp.toString(), "--base-url", "news.example");

        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("passerelle: --base-url: 'news.example' is not an absolute http(s) URL"), r.err());
    }

    @Test
    void aMissingTemplateFolderIsBadInput() {
        CommandLineTest.Result r = CommandLineTest.run("publish", TRANSLATIONS.resolve(CLEAN + ".en.xlf").toString(),
                "-o", tmp.resolve("out").toString(), "--skip-qa-gate", "--template", tmp.resolve("nowhere").toString());

        assertEquals(2, r.code());
        assertEquals("passerelle: " + tmp.resolve("nowhere") + ": no such folder", r.err().strip());
        assertFalse(Files.exists(tmp.resolve("out")));
    }
}
