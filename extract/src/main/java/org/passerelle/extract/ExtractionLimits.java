package org.passerelle.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.passerelle.core.InputException;
import org.passerelle.core.InputFile;
import org.passerelle.core.IoProblem;

/**
 * Bounds on what one document may cost, so a hostile or broken file fails fast with a clear
 * message instead of exhausting memory or time. News articles are a few kilobytes; the defaults
 * leave three orders of magnitude of headroom.
 *
 * @param maxFileBytes          larger files are refused before Tika opens them
 * @param maxChars              write limit: more extracted text than this aborts the parse
 * @param timeout               a parse still running after this is abandoned
 * @param maxCompressionRatio   zip bomb guard: inflated bytes per byte of the archive, and
 *                              (Tika's SecureContentHandler) output chars per input byte
 * @param compressionThreshold  the ratio is only enforced past this many inflated bytes or output chars
 * @param maxXmlDepth           deepest XHTML element nesting accepted
 * @param maxInflatedBytes      a ZIP-based document (.docx, .odt) inflating to more than this in all is refused
 */
public record ExtractionLimits(long maxFileBytes, long maxChars, Duration timeout,
                               long maxCompressionRatio, long compressionThreshold, int maxXmlDepth,
                               long maxInflatedBytes) {

    public static final ExtractionLimits DEFAULT = new ExtractionLimits(
            50L * 1024 * 1024, 10_000_000L, Duration.ofSeconds(60), 100, 1_000_000L, 100, 100L * 1024 * 1024);

    /**
     * Refuses {@code file} when it is not a readable regular file, empty, or over
     * {@link #maxFileBytes}: checks that need no parser, so a command can make them before the
     * seconds it takes to load Tika.
     */
    public void requireWithin(Path file) throws InputException {
        InputFile.require(file);
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new InputException(file, "cannot read: " + IoProblem.reason(e), e);
        }
        if (size == 0) {
            throw new InputException(file, "empty file");
        }
        if (size > maxFileBytes) {
            throw new InputException(file, String.format(Locale.ROOT, "file too large (%.1f MB; the limit is %.1f MB)",
                    size / 1048576.0, maxFileBytes / 1048576.0));
        }
    }

    public ExtractionLimits withTimeout(Duration t) {
        return new ExtractionLimits(maxFileBytes, maxChars, t, maxCompressionRatio, compressionThreshold, maxXmlDepth,
                maxInflatedBytes);
    }

    public ExtractionLimits withMaxFileBytes(long bytes) {
        return new ExtractionLimits(bytes, maxChars, timeout, maxCompressionRatio, compressionThreshold, maxXmlDepth,
                maxInflatedBytes);
    }

    public ExtractionLimits withMaxChars(long chars) {
        return new ExtractionLimits(maxFileBytes, chars, timeout, maxCompressionRatio, compressionThreshold, maxXmlDepth,
                maxInflatedBytes);
    }
}
