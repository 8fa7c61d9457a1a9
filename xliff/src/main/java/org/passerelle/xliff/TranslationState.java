package org.passerelle.xliff;

import java.util.Locale;
import java.util.Map;
import net.sf.okapi.lib.xliff2.core.TargetState;

/**
 * How far the translation of a unit has come, whichever tool wrote the file: the one answer to
 * "is this unit translated?" that QA, merge and publish share. The constants are in workflow
 * order, so {@code state.compareTo(TRANSLATED) >= 0} means nothing remains for the translator.
 * The mapping from every format's vocabulary is in the README ("Translation state").
 */
public enum TranslationState {
    /** No translation yet, or the tool says the text still has to be translated (or localised). */
    NOT_TRANSLATED,
    /** A draft or a translation someone must look at again (source changed, rejected by a reviewer). */
    NEEDS_REVIEW,
    /** Translated and confirmed by the translator. */
    TRANSLATED,
    /** Checked by a reviewer. */
    REVIEWED,
    /** Signed off: the last step of the workflow. */
    FINAL;

    /**
     * A mapped state with the value as the file wrote it, so that a check can name it and warn
     * about a value this mapping does not know.
     *
     * @param state the state the value stands for
     * @param value the value as written ("needs-l10n", "Draft", "x-checked"), or null when none was written
     * @param known false when the value is not in the format's vocabulary and {@code state} is a guess
     */
    public record Reading(TranslationState state, String value, boolean known) {
        static Reading of(TranslationState state, String value) {
            return new Reading(state, value, true);
        }

        /** A value the mapping does not know reads as a draft: a person decides, publish does not guess. */
        static Reading unknown(String value) {
            return new Reading(NEEDS_REVIEW, value, false);
        }
    }

    private static final Map<String, TranslationState> XLIFF12 = Map.ofEntries(
            Map.entry("new", NOT_TRANSLATED),
            Map.entry("needs-translation", NOT_TRANSLATED),
            Map.entry("needs-l10n", NOT_TRANSLATED),
            Map.entry("needs-adaptation", NEEDS_REVIEW),
            Map.entry("needs-review-translation", NEEDS_REVIEW),
            Map.entry("needs-review-l10n", NEEDS_REVIEW),
            Map.entry("needs-review-adaptation", NEEDS_REVIEW),
            Map.entry("translated", TRANSLATED),
            Map.entry("signed-off", REVIEWED),
            Map.entry("final", FINAL));

    /** Trados Studio {@code <sdl:seg conf>}. */
    private static final Map<String, TranslationState> SDL_CONF = Map.of(
            "draft", NEEDS_REVIEW,
            "translated", TRANSLATED,
            "rejectedtranslation", NEEDS_REVIEW,
            "approvedtranslation", REVIEWED,
            "rejectedsignoff", NEEDS_REVIEW,
            "approvedsignoff", FINAL);

    /** memoQ {@code mq:status}, as memoQ's translation grid names its row statuses. */
    private static final Map<String, TranslationState> MEMOQ_STATUS = Map.ofEntries(
            Map.entry("notstarted", NOT_TRANSLATED),
            Map.entry("editing", NEEDS_REVIEW),
            Map.entry("partiallyedited", NEEDS_REVIEW),
            Map.entry("pretranslated", NEEDS_REVIEW),
            Map.entry("machinetranslated", NEEDS_REVIEW),
            Map.entry("assembledfromfragments", NEEDS_REVIEW),
            Map.entry("rejected", NEEDS_REVIEW),
            Map.entry("manuallyconfirmed", TRANSLATED),
            Map.entry("translationapproved", TRANSLATED),
            Map.entry("reviewer1confirmed", REVIEWED),
            Map.entry("reviewer2confirmed", FINAL),
            Map.entry("proofread", FINAL));

    /** True when nothing remains for the translator: what {@code publish} requires. */
    public boolean isTranslated() {
        return compareTo(TRANSLATED) >= 0;
    }

    /**
     * XLIFF 1.2 {@code <target state>} and {@code approved}. Without a state attribute, a target
     * with text counts as translated: many tools write none.
     */
    public static Reading fromXliff12(String state, boolean approved, boolean hasText) {
        Reading r;
        if (state == null || state.isBlank()) {
            r = new Reading(hasText ? TRANSLATED : NOT_TRANSLATED, null, true);
        } else {
            TranslationState s = XLIFF12.get(state.trim().toLowerCase(Locale.ROOT));
            r = s != null ? Reading.of(s, state) : Reading.unknown(state);
        }
        return approved && r.state().compareTo(REVIEWED) < 0 ? new Reading(REVIEWED, r.value(), r.known()) : r;
    }

    /**
     * XLIFF 2 {@code <segment state subState>}. lib-xliff2 reads a missing state as {@code initial}
     * and many tools write translated targets without one, so {@code initial} with text and no
     * sub-state of ours counts as translated.
     */
    public static Reading fromXliff2(TargetState state, String subState, boolean hasText) {
        if (Xliff2Writer.SUBSTATE_REVIEW.equals(subState)) {
            return Reading.of(NEEDS_REVIEW, subState);
        }
        if (Xliff2Writer.SUBSTATE_COPIED.equals(subState)) {
            return Reading.of(NOT_TRANSLATED, subState);
        }
        return switch (state == null ? TargetState.INITIAL : state) {
            case INITIAL -> Reading.of(hasText ? TRANSLATED : NOT_TRANSLATED, "initial");
            case TRANSLATED -> Reading.of(TRANSLATED, "translated");
            case REVIEWED -> Reading.of(REVIEWED, "reviewed");
            case FINAL -> Reading.of(FINAL, "final");
        };
    }

    /** Trados {@code <sdl:seg conf>}; a segment without conf is not translated in Trados' own terms. */
    public static Reading fromSdlConf(String conf) {
        if (conf == null || conf.isBlank()) {
            return Reading.of(NOT_TRANSLATED, null);
        }
        TranslationState s = SDL_CONF.get(conf.trim().toLowerCase(Locale.ROOT));
        return s != null ? Reading.of(s, conf) : Reading.unknown(conf);
    }

    /** memoQ {@code <trans-unit mq:status>}. */
    public static Reading fromMemoqStatus(String status) {
        if (status == null || status.isBlank()) {
            return Reading.of(NOT_TRANSLATED, null);
        }
        TranslationState s = MEMOQ_STATUS.get(status.trim().toLowerCase(Locale.ROOT));
        return s != null ? Reading.of(s, status) : Reading.unknown(status);
    }

    /** The 1.2 {@code state} we write: the value read when it was a 1.2 value for this state, else ours. */
    String xliff12Value(String read) {
        if (read != null && (XLIFF12.get(read.toLowerCase(Locale.ROOT)) == this
                || read.startsWith("x-") && this == NEEDS_REVIEW)) {
            return read;
        }
        return switch (this) {
            case NOT_TRANSLATED -> "needs-translation";
            case NEEDS_REVIEW -> "needs-review-translation";
            case TRANSLATED -> "translated";
            case REVIEWED -> "signed-off";
            case FINAL -> "final";
        };
    }

    /** The 2.x {@code state} we write; drafts are {@code initial}, their sub-state says why. */
    TargetState xliff2Value() {
        return switch (this) {
            case NOT_TRANSLATED, NEEDS_REVIEW -> TargetState.INITIAL;
            case TRANSLATED -> TargetState.TRANSLATED;
            case REVIEWED -> TargetState.REVIEWED;
            case FINAL -> TargetState.FINAL;
        };
    }
}
