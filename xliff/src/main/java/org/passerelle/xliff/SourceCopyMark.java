package org.passerelle.xliff;

import java.util.List;
import net.sf.okapi.common.resource.Property;
import net.sf.okapi.common.resource.TextContainer;

/**
 * The mark {@code prepare --copy-source} puts on an XLIFF 1.2 target it pre-filled with the source:
 * {@code state-qualifier="x-passerelle-source-copied"} beside {@code state="needs-translation"}.
 *
 * <p>Why: OmegaT 3.6 (Debian's) shows only units with a target, writes the translation into the
 * target and keeps every attribute of {@code <target>} as it was, so {@code state} never leaves
 * {@code needs-translation}. Without a rule every unit translated in OmegaT would stay untranslated.
 * The rule: a marked target still in a not-translated state whose every sentence now differs from
 * its source has been translated; a sentence still identical to its source has not (a copy and a
 * translation identical to the source cannot be told apart), unless it has nothing to translate:
 * a dateline, a credit or a name made of names, acronyms, numbers and codes ("Hanoi (VNA) –",
 * "-VNA") rightly stays the same, by the same measure as the QA's {@code target.same-as-source}
 * (fewer than two lower-case words). A tool that changed the state gave its own answer, which stands.
 */
final class SourceCopyMark {

    /** An XLIFF 1.2 extension value ({@code x-…}), as the schema allows for {@code state-qualifier}. */
    static final String STATE_QUALIFIER = "x-passerelle-source-copied";

    /** As in the QA's target.same-as-source: a source needs this many lower-case words to be text to translate. */
    private static final int TEXT_WORDS = 2;

    private SourceCopyMark() {
    }

    /** The unit's state once the mark is taken into account; {@code read} when the target is not ours or not marked. */
    static TranslationState.Reading reading(TranslationState.Reading read, TextContainer target,
                                            List<SegmentPair> segments) {
        Property qualifier = target == null ? null : target.getProperty(Property.STATE_QUALIFIER);
        return reading(read, qualifier == null ? null : qualifier.getValue(), segments);
    }

    static TranslationState.Reading reading(TranslationState.Reading read, String stateQualifier,
                                            List<SegmentPair> segments) {
        if (!STATE_QUALIFIER.equals(stateQualifier) || read.state() != TranslationState.NOT_TRANSLATED
                || segments.isEmpty() || !segments.stream().allMatch(SourceCopyMark::translated)) {
            return read;
        }
        return new TranslationState.Reading(TranslationState.TRANSLATED, read.value(), true);
    }

    /**
     * True when the segment's target is a copy of its source rather than a translation: what a
     * merge must not carry over as work (an untranslated unit's copy of an old source would come
     * back as the "translation" of the new one).
     */
    static boolean isCopy(SegmentPair segment) {
        return segment.hasTarget() && UnitIds.normalise(segment.target()).equals(UnitIds.normalise(segment.source()));
    }

    private static boolean translated(SegmentPair segment) {
        return segment.hasTarget() && !segment.target().isBlank() && (!isCopy(segment) || nothingToTranslate(segment));
    }

    private static boolean nothingToTranslate(SegmentPair segment) {
        return LowerCaseWords.count(segment.source()) < TEXT_WORDS;
    }
}
