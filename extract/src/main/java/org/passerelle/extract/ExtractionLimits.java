package org.passerelle.extract;

import java.time.Duration;

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
