package org.passerelle.xliff;

import java.nio.file.Path;

/**
 * What one {@code prepare} of one article into one target language did.
 *
 * @param file       the XLIFF written
 * @param units      translation units written
 * @param segments   sentence segments written
 * @param termHits   termbase hits attached to units
 * @param kept       existing translations kept from a previous run
 * @param toReview   changed segments whose old translation was kept for review
 * @param removed    segments of the previous file no longer in the article
 * @param version    the XLIFF version written
 * @param asked      the version asked for: differs from {@code version} when an existing file of
 *                   another version was re-prepared and kept its own
 */
public record PrepareResult(Path file, int units, int segments, int termHits, int kept, int toReview, int removed,
                            XliffVersion version, XliffVersion asked) {
    /** True when the existing file's version was kept instead of the one asked for. */
    public boolean keptFileVersion() {
        return version != asked;
    }

    /**
     * The one summary line of the cli and the Maven plugin, with what a re-run kept of the
     * translations already made and of the file's version.
     *
     * @param displayName the file as the caller shows paths
     */
    public String summary(String displayName) {
        StringBuilder sb = new StringBuilder();
        sb.append(displayName).append(": ").append(units).append(" units, ").append(segments)
                .append(" segments, ").append(termHits).append(" termbase hits");
        if (kept + toReview + removed > 0) {
            sb.append("; kept ").append(kept).append(" translations, ").append(toReview)
                    .append(" to review, ").append(removed).append(" removed");
        }
        if (keptFileVersion()) {
            sb.append("; kept XLIFF ").append(version.label()).append(", the existing file's version (asked for ")
                    .append(asked.label()).append("; move the file away to change it)");
        }
        return sb.toString();
    }
}
