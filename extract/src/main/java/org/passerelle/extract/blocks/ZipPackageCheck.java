package org.passerelle.extract.blocks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.passerelle.core.InputException;
import org.passerelle.extract.ExtractionLimits;

/**
 * What a ZIP-based document (.docx, .odt) is checked for before Tika opens it: zip bombs, and XML
 * parts with a DOCTYPE.
 *
 * <p>Tika relies
 * on its SecureContentHandler and switches POI's own inflate-ratio check off, but POI builds the
 * whole Word XML in memory before Tika emits a single character, so a 1 MB .docx holding 1 GB of
 * text would be inflated in full, into memory. The archive's sizes cannot be trusted (a bomb can
 * declare its 1 GB part as 1 MB), so every part is inflated here into a counter, never kept,
 * until the whole archive is inflated or its real size passes the budget: the ratio to the file's
 * size on disk past the threshold, and an absolute ceiling. That costs a fraction of a second
 * for a real document and at most about one ceiling's worth of inflating for a bomb.
 *
 * <p>Word and LibreOffice never write a DOCTYPE; one in a part is a crafted file (external
 * entities, entity expansion). POI refuses it only after logging a 65-line stack trace, and
 * carries on without the part when it is the metadata, so the whole document is refused here, in
 * one line naming the part.
 */
final class ZipPackageCheck {
    static final Set<String> ZIP_TYPES = Set.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.ms-word.document.macroenabled.12", "application/vnd.oasis.opendocument.text",
            "application/x-tika-ooxml", "application/zip");
    private static final int MAX_ENTRIES = 10_000;
    private static final int PROLOG_BYTES = 4096;
    private static final byte[] DOCTYPE = "<!DOCTYPE".getBytes(StandardCharsets.US_ASCII);

    private ZipPackageCheck() {
    }

    /** Call after Tika's parsers are loaded: their static initialiser is what disables the check. */
    static void armPoi(ExtractionLimits limits) {
        ZipSecureFile.setMinInflateRatio(1.0 / limits.maxCompressionRatio());
        ZipSecureFile.setMaxEntrySize(limits.maxInflatedBytes());
    }

    static void check(Path file, String mediaType, ExtractionLimits limits) throws InputException {
        if (!ZIP_TYPES.contains(mediaType)) {
            return;
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            long budget = budget(Files.size(file), limits);
            long inflated = 0;
            int entries = 0;
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                if (++entries > MAX_ENTRIES) {
                    throw new InputException(file, "refused: looks like a zip bomb (more than " + MAX_ENTRIES + " entries)");
                }
                inflated += inflate(file, zip, entry, budget - inflated);
                if (inflated > budget) {
                    throw bomb(file, entry, budget, limits);
                }
            }
        } catch (IOException e) {
            throw new InputException(file, "corrupt or unreadable document: " + e.getMessage(), e);
        }
    }

    private static long budget(long fileBytes, ExtractionLimits limits) {
        long byRatio = Math.max(limits.compressionThreshold(), multiplyCapped(fileBytes, limits.maxCompressionRatio()));
        return Math.min(byRatio, limits.maxInflatedBytes());
    }

    private static long multiplyCapped(long a, long b) {
        return a > Long.MAX_VALUE / Math.max(b, 1) ? Long.MAX_VALUE : a * b;
    }

    /**
     * The entry's real inflated size, or a number past {@code left} as soon as it passes it; an
     * XML part is refused when its first bytes hold a DOCTYPE.
     */
    private static long inflate(Path file, ZipFile zip, ZipEntry entry, long left) throws IOException, InputException {
        if (entry.isDirectory()) {
            return 0;
        }
        byte[] buffer = new byte[64 * 1024];
        long total;
        try (InputStream in = zip.getInputStream(entry)) {
            int head = in.readNBytes(buffer, 0, PROLOG_BYTES);
            if (isXml(entry) && hasDoctype(buffer, head)) {
                throw new InputException(file, "refused: " + entry.getName()
                        + " has a DOCTYPE, which Word and LibreOffice never write (a crafted file)");
            }
            total = head;
            for (int n; total <= left && (n = in.read(buffer)) > 0; ) {
                total += n;
            }
        }
        return total;
    }

    private static boolean isXml(ZipEntry entry) {
        String name = entry.getName().toLowerCase(Locale.ROOT);
        return name.endsWith(".xml") || name.endsWith(".rels");
    }

    // NUL bytes are skipped so that a UTF-16 part is seen as well.
    private static boolean hasDoctype(byte[] bytes, int length) {
        int matched = 0;
        for (int i = 0; i < length; i++) {
            if (bytes[i] == 0) {
                continue;
            }
            matched = bytes[i] == DOCTYPE[matched] ? matched + 1 : bytes[i] == DOCTYPE[0] ? 1 : 0;
            if (matched == DOCTYPE.length) {
                return true;
            }
        }
        return false;
    }

    private static InputException bomb(Path file, ZipEntry entry, long budget, ExtractionLimits limits) {
        String why = budget == limits.maxInflatedBytes()
                ? String.format(Locale.ROOT, "more than %d MB, the limit", budget >> 20)
                : String.format(Locale.ROOT, "more than %d times the size of the file", limits.maxCompressionRatio());
        return new InputException(file, "refused: looks like a zip bomb (" + entry.getName() + " inflates to " + why + ")");
    }
}
