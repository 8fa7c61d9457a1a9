package org.passerelle.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The published DOCX opens in LibreOffice: it converts to PDF, headline and Vietnamese text intact.
 * LibreOffice (MPL, not shipped with Passerelle) is installed by .ci/run; without it the test is skipped.
 */
class DocxInLibreOfficeTest {

    @TempDir
    Path tmp;

    private static Path soffice() {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(dir -> Path.of(dir, "soffice")).filter(Files::isExecutable).findFirst().orElse(null);
    }

    @Test
    void theVietnameseArticleConvertsToPdfInLibreOffice() throws Exception {
        Path soffice = soffice();
        assumeTrue(soffice != null, "LibreOffice (soffice) is not installed: .ci/run installs libreoffice-writer-nogui");
        Path docx = new ArticlePublisher().publish(SampleEdition.translation(SampleEdition.CLEAN, "vi"), tmp.resolve("pub"),
                EnumSet.of(PublishFormat.DOCX), false).get(0);

        Process p = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + tmp.resolve("profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", tmp.toString(), docx.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("soffice.log").toFile()).start();
        assertTrue(p.waitFor(3, TimeUnit.MINUTES), "LibreOffice finished");
        assertEquals(0, p.exitValue(), Files.readString(tmp.resolve("soffice.log")));

        Path pdf = tmp.resolve(SampleEdition.CLEAN + ".pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            // Letters LibreOffice draws from a fallback font (ư, ạ with Liberation 1.x, Debian's) come later in
            // the PDF's content: read the page in reading order.
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains("Sáng thứ Ba tại Hà Nội, Đại tướng Lương Cường"), text);
            assertTrue(text.contains("Hà Nội (TTXVN) – Sáng thứ Ba"), "the dateline leads the first paragraph: " + text);
            assertEquals("Sáng thứ Ba tại Hà Nội, Đại tướng Lương Cường, Chủ nhiệm Tổng cục Chính trị Quân đội nhân dân Việt Nam, đã…",
                    doc.getDocumentInformation().getTitle(), "the core properties' title");
        }
    }
}
