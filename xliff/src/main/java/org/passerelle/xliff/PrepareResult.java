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

    /** What a summary line says when {@link #keptFileVersion()}: the one wording of the cli and the Maven plugin. */
    public String keptVersionNote() {
        return "kept XLIFF " + version.label() + ", the existing file's version (asked for " + asked.label()
                + "; move the file away to change it)";
    }
}
