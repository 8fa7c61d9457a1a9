package org.passerelle.extract.blocks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.passerelle.extract.ExtractionLimits;
import org.passerelle.core.InputException;

/**
 * Zip bomb protection for ZIP-based documents (.docx, .odt). Tika relies on its
 * SecureContentHandler and switches POI's own inflate-ratio check off, but POI builds the whole
 * Word XML in memory before Tika emits a single character, so a 1 MB .docx holding 1 GB of text
 * would be inflated in full. Two guards instead: the central directory is checked before parsing
 * (fast, clear message), and POI's ratio check is switched back on for the bytes actually inflated
 * (headers can lie).
 */
final class ZipBombGuard {
    static final Set<String> ZIP_TYPES = Set.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.ms-word.document.macroenabled.12", "application/vnd.oasis.opendocument.text",
            "application/x-tika-ooxml", "application/zip");

    private ZipBombGuard() {
    }

    /** Call after Tika's parsers are loaded: their static initialiser is what disables the check. */
    static void armPoi(ExtractionLimits limits) {
        ZipSecureFile.setMinInflateRatio(1.0 / limits.maxCompressionRatio());
        // No part of a news document comes near 500 MB inflated; POI's default allows 4 GB.
        ZipSecureFile.setMaxEntrySize(500L << 20);
    }

    static void check(Path file, String mediaType, ExtractionLimits limits) throws InputException {
        if (!ZIP_TYPES.contains(mediaType)) {
            return;
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            int entries = 0;
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                if (++entries > 10_000) {
                    throw new InputException(file, "refused: looks like a zip bomb (more than 10000 entries)");
                }
                long size = entry.getSize();
                long packed = Math.max(entry.getCompressedSize(), 1);
                if (size > limits.compressionThreshold() && size / packed > limits.maxCompressionRatio()) {
                    throw new InputException(file, String.format(java.util.Locale.ROOT,
                            "refused: looks like a zip bomb (%s inflates %d:1 to %d MB)",
                            entry.getName(), size / packed, size >> 20));
                }
            }
        } catch (IOException e) {
            throw new InputException(file, "corrupt or unreadable document: " + e.getMessage(), e);
        }
    }
}
