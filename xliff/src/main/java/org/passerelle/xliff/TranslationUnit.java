package org.passerelle.xliff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.passerelle.core.BlockRole;

/**
 * One XLIFF unit (1.2 trans-unit or 2.x unit), the same model whether it was read from a file
 * (by Okapi's filters) or is about to be written: checks, merge, publish and the writers all see
 * this. Segments keep their inline codes with what is needed to write them back. Immutable; build
 * one with {@link #builder()}, change one with {@link #toBuilder()} or the withers.
 */
public final class TranslationUnit {

    private final String file;
    private final String id;
    private final String resname;
    private final String restype;
    private final BlockRole role;
    private final String sourceLanguage;
    private final String targetLanguage;
    private final boolean translatable;
    private final TranslationState.Reading state;
    private final List<SegmentPair> segments;
    private final List<String> notes;
    private final List<TermNote> terms;

    private TranslationUnit(Builder b) {
        this.file = b.file;
        this.id = Objects.requireNonNull(b.id, "id");
        this.resname = b.resname;
        this.restype = b.restype;
        this.role = b.role != null ? b.role : BlockRoles.fromType(b.restype);
        this.sourceLanguage = b.sourceLanguage;
        this.targetLanguage = b.targetLanguage;
        this.translatable = b.translatable;
        this.state = b.state;
        this.segments = List.copyOf(b.segments);
        this.notes = List.copyOf(b.notes);
        this.terms = List.copyOf(b.terms);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The XLIFF path as given by the user (null for a unit not read from a file). */
    public String file() {
        return file;
    }

    /** trans-unit/@id or unit/@id. */
    public String id() {
        return id;
    }

    /** 1.2 resname / 2.x name (our files: the block role and paragraph, "body-4"). */
    public String resname() {
        return resname;
    }

    /** 1.2 restype / 2.x type as read ("x-title", "passerelle:body"), or null. */
    public String restype() {
        return restype;
    }

    /** The block role: given when built for writing, else from the type read (BODY when not ours). */
    public BlockRole role() {
        return role;
    }

    /** e.g. "fr-FR". */
    public String sourceLanguage() {
        return sourceLanguage;
    }

    /** e.g. "en-GB". */
    public String targetLanguage() {
        return targetLanguage;
    }

    /** False for translate="no". */
    public boolean translatable() {
        return translatable;
    }

    public TranslationState state() {
        return state.state();
    }

    /** The state as the file wrote it ("needs-l10n", "Draft", "x-checked"), or null when none was written. */
    public String stateValue() {
        return state.value();
    }

    /** False when {@link #stateValue()} is not in its format's vocabulary and {@link #state()} is a guess. */
    public boolean stateKnown() {
        return state.known();
    }

    TranslationState.Reading stateReading() {
        return state;
    }

    /** The sentence segments, in order. */
    public List<SegmentPair> segments() {
        return segments;
    }

    /** The unit's notes (texts); for a unit to write, the notes other than {@link #terms()}. */
    public List<String> notes() {
        return notes;
    }

    /** Termbase concepts found in the source, written as notes (and in 2.x as a glossary). */
    public List<TermNote> terms() {
        return terms;
    }

    /** The source of all segments joined with single spaces. */
    public String sourceText() {
        return String.join(" ", segments.stream().map(SegmentPair::source).toList());
    }

    /** The target of all segments joined with single spaces; null when no segment has a target. */
    public String targetText() {
        if (!hasTarget()) {
            return null;
        }
        return String.join(" ", segments.stream().map(s -> s.target() == null ? "" : s.target()).toList());
    }

    /** True when some segment has a target. */
    public boolean hasTarget() {
        return segments.stream().anyMatch(SegmentPair::hasTarget);
    }

    /**
     * What {@code publish} requires of a translatable unit: every segment has a non-blank target
     * and the state is {@link TranslationState#TRANSLATED} or beyond.
     */
    public boolean isTranslated() {
        return segments.stream().noneMatch(s -> s.target() == null || s.target().isBlank()) && state().isTranslated();
    }

    public TranslationUnit withState(TranslationState newState) {
        return toBuilder().state(newState).build();
    }

    public TranslationUnit withNotes(List<String> newNotes) {
        return toBuilder().notes(newNotes).build();
    }

    public TranslationUnit withSegments(List<SegmentPair> newSegments) {
        return toBuilder().segments(newSegments).build();
    }

    public TranslationUnit inFile(String newFile) {
        return toBuilder().file(newFile).build();
    }

    @Override
    public String toString() {
        return "TranslationUnit[" + file + "#" + id + ", " + state.state() + ", " + segments.size() + " segment(s)]";
    }

    /** Builds a {@link TranslationUnit}; only the id is required. */
    public static final class Builder {
        private String file;
        private String id;
        private String resname;
        private String restype;
        private BlockRole role;
        private String sourceLanguage;
        private String targetLanguage;
        private boolean translatable = true;
        private TranslationState.Reading state = TranslationState.Reading.of(TranslationState.NOT_TRANSLATED, null);
        private List<SegmentPair> segments = new ArrayList<>();
        private List<String> notes = new ArrayList<>();
        private List<TermNote> terms = new ArrayList<>();

        private Builder() {
        }

        private Builder(TranslationUnit u) {
            file = u.file;
            id = u.id;
            resname = u.resname;
            restype = u.restype;
            role = u.role;
            sourceLanguage = u.sourceLanguage;
            targetLanguage = u.targetLanguage;
            translatable = u.translatable;
            state = u.state;
            segments = u.segments;
            notes = u.notes;
            terms = u.terms;
        }

        public Builder file(String value) {
            file = value;
            return this;
        }

        public Builder id(String value) {
            id = value;
            return this;
        }

        public Builder resname(String value) {
            resname = value;
            return this;
        }

        public Builder restype(String value) {
            restype = value;
            return this;
        }

        public Builder role(BlockRole value) {
            role = value;
            return this;
        }

        public Builder languages(String source, String target) {
            sourceLanguage = source;
            targetLanguage = target;
            return this;
        }

        public Builder translatable(boolean value) {
            translatable = value;
            return this;
        }

        /** A state set by our own code: its value is the one we write. */
        public Builder state(TranslationState value) {
            state = TranslationState.Reading.of(value, null);
            return this;
        }

        /** A state read from a file, with the value as written. */
        public Builder state(TranslationState.Reading value) {
            state = Objects.requireNonNull(value);
            return this;
        }

        public Builder segments(List<SegmentPair> value) {
            segments = value;
            return this;
        }

        /** Adds a segment without inline codes; null target for an untranslated one. */
        public Builder segment(String segmentId, String source, String target) {
            segments = new ArrayList<>(segments);
            segments.add(new SegmentPair(segmentId, source, target, List.of(), List.of()));
            return this;
        }

        public Builder notes(List<String> value) {
            notes = value;
            return this;
        }

        public Builder terms(List<TermNote> value) {
            terms = value;
            return this;
        }

        public TranslationUnit build() {
            return new TranslationUnit(this);
        }
    }
}
