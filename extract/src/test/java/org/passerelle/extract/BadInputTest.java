package org.passerelle.extract;

import org.passerelle.core.InputException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.extract.fixtures.FormatFixtures;
import org.passerelle.extract.fixtures.Seeds;
import org.passerelle.extract.fixtures.ZipBombs;

/** Hostile and broken inputs: one clear line naming the file, in bounded time and memory. */
class BadInputTest {
    private static final ArticleExtractor FRENCH = new ArticleExtractor("fr");

    @TempDir
    Path dir;

    private InputException refused(Path file, String reasonStart) {
        InputException e = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> assertThrows(InputException.class, () -> FRENCH.extract(file)));
        assertEquals(file, e.file());
        assertTrue(e.getMessage().startsWith(reasonStart), "reason: " + e.getMessage());
        assertTrue(e.oneLine().startsWith(file.toString() + ": "), e.oneLine());
        assertEquals(1, e.oneLine().lines().count());
        return e;
    }

    @Test
    void missingFile() {
        refused(dir.resolve("nope.txt"), "no such file");
    }

    @Test
    void directory() {
        refused(dir, "is a directory, not a file");
    }

    @Test
    void emptyFile() throws IOException {
        refused(Files.createFile(dir.resolve("empty.txt")), "empty file");
    }

    @Test
    void blankText() throws IOException {
        refused(Files.writeString(dir.resolve("blank.txt"), "\n \n\t\n"), "no article text found");
    }

    @Test
    void binaryGarbage() throws IOException {
        byte[] noise = new byte[20_000];
        new Random(42).nextBytes(noise);
        InputException e = assertThrows(InputException.class, () -> FRENCH.extract(Files.write(dir.resolve("garbage.txt"), noise)));
        assertTrue(e.getMessage().startsWith("not an article document") || e.getMessage().startsWith("binary data, not text"), e.getMessage());
    }

    @Test
    void imageIsNotAnArticle() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        refused(Files.write(dir.resolve("photo.docx"), png), "not an article document (detected image/png)");
    }

    @Test
    void hugeFileIsRefusedBeforeParsing() throws IOException {
        Path huge = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(200L * 1024 * 1024); // sparse: costs no disk
        }
        refused(huge, "file too large (200.0 MB; the limit is 50.0 MB)");
    }

    @Test
    void writeLimitStopsTheParse() throws Exception {
        Path big = Files.writeString(dir.resolve("big.txt"), Seeds.text("002_8758182e5d4c0059").repeat(40));
        InputException e = assertThrows(InputException.class,
                () -> FRENCH.withLimits(ExtractionLimits.DEFAULT.withMaxChars(50_000)).extract(big));
        assertEquals("more than 50000 characters of text (write limit)", e.getMessage());
    }

    @Test
    void truncatedPdf() throws IOException {
        Path pdf = FormatFixtures.pdf(Seeds.paragraphs("000_78e9962cff1393cc"), dir.resolve("full.pdf"));
        byte[] bytes = Files.readAllBytes(pdf);
        byte[] half = java.util.Arrays.copyOf(bytes, bytes.length / 3);
        refused(Files.write(dir.resolve("truncated.pdf"), half), "corrupt or unreadable document");
    }

    @Test
    void encryptedPdf() throws IOException {
        Path pdf = FormatFixtures.pdf(Seeds.paragraphs("000_78e9962cff1393cc"), dir.resolve("plain.pdf"));
        Path locked = dir.resolve("locked.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(locked.toFile());
        }
        refused(locked, "encrypted document");
    }

    @Test
    void zipBombDisguisedAsDocx() throws IOException {
        Path bomb = ZipBombs.honest(dir.resolve("bomb.docx"), 1024);
        assertTrue(Files.size(bomb) < 5_000_000);
        refused(bomb, "refused: looks like a zip bomb");
    }

    @Test
    void zipBombThatLiesAboutItsSizesIsRefusedInSeconds() throws IOException {
        Path bomb = ZipBombs.lying(dir.resolve("liar.docx"), 4096);
        long start = System.nanoTime();
        refused(bomb, "refused: looks like a zip bomb");
        System.out.println("lying bomb refused after " + (System.nanoTime() - start) / 1_000_000 + " ms");
    }

    @Test
    void doctypeInTheDocumentPropertiesIsRefusedInOneLine() throws IOException {
        Path docx = FormatFixtures.docx(Seeds.paragraphs("000_78e9962cff1393cc"), FormatFixtures.Extras.NONE,
                dir.resolve("plain.docx"));
        Path crafted = ZipBombs.withPart(docx, "docProps/core.xml", "<?xml version=\"1.0\"?>"
                + "<!DOCTYPE cp:coreProperties [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>&x;</dc:title></cp:coreProperties>",
                dir.resolve("crafted.docx"));
        refused(crafted, "refused: docProps/core.xml has a DOCTYPE");
    }

    @Test
    void deepNestingIsRefusedAsSuch() throws IOException {
        Path deep = Files.writeString(dir.resolve("deep.html"), "<html><body>" + "<div>".repeat(5000) + "<p>"
                + Seeds.paragraphs("000_78e9962cff1393cc").get(1) + "</p>" + "</div>".repeat(5000) + "</body></html>");
        refused(deep, "refused: elements nested more than 100 levels deep");
    }

    @Test
    void unreadableFile() throws IOException {
        Path f = Files.writeString(dir.resolve("secret.txt"), Seeds.text("000_78e9962cff1393cc"));
        if (!f.toFile().setReadable(false) || Files.isReadable(f)) {
            return; // running as root: permissions do not apply
        }
        refused(f, "not readable");
    }

    @Test
    void timeoutIsEnforced() throws Exception {
        Path f = FormatFixtures.pdf(Seeds.paragraphs("001_7c7e6a35cfde74b3"), dir.resolve("slow.pdf"));
        InputException e = assertThrows(InputException.class,
                () -> FRENCH.withLimits(ExtractionLimits.DEFAULT.withTimeout(Duration.ofMillis(1))).extract(f));
        assertTrue(e.getMessage().startsWith("gave up after"), e.getMessage());
    }

    @Test
    void badRulesFileIsReportedWithLine() throws IOException {
        Path rules = Files.writeString(dir.resolve("site.rules"), "# mine\nblock boilerplate ^Publicité$\nblock nonsense x\n");
        InputException e = assertThrows(InputException.class, () -> FRENCH.withRules(rules));
        assertEquals(3, e.line());
        assertTrue(e.oneLine().startsWith(rules + ":3:7: unknown role 'nonsense'"), e.oneLine());
        Path badRegex = Files.writeString(dir.resolve("regex.rules"), "block caption (unclosed\n");
        assertEquals(1, assertThrows(InputException.class, () -> FRENCH.withRules(badRegex)).line());
    }
}
