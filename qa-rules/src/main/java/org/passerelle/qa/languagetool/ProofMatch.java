package org.passerelle.qa.languagetool;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A LanguageTool rule match reduced to what the QA reports. What it says never changes, so results
 * can be cached; but for an unknown word, two things may be left until they are first asked: its
 * suggestions, and whether LanguageTool keeps it at all beside a neighbouring match (LanguageTool
 * decides that from their suggestions). Most unknown words are names, which no check reports, and
 * searching the dictionary for their suggestions is most of LanguageTool's checking time. A match read
 * back from the cache undecided (nothing asked) is decided by {@link #decidedBy}.
 */
@JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
        fieldVisibility = Visibility.NONE)
public final class ProofMatch {
    private final String ruleId;
    private final boolean spelling;
    private final int offset;
    private final int length;
    private final String message;
    /** Gives the suggestions of a kept match, empty for one LanguageTool drops; null when decided. */
    private final Supplier<Optional<List<String>>> decide;
    private volatile Optional<List<String>> decision;

    /** @param spelling true when the rule is a dictionary-based spelling rule */
    public ProofMatch(String ruleId, boolean spelling, int offset, int length, String message, List<String> suggestions) {
        this(ruleId, spelling, offset, length, message, null, Optional.of(List.copyOf(suggestions)));
    }

    private ProofMatch(String ruleId, boolean spelling, int offset, int length, String message,
                       Supplier<Optional<List<String>>> decide, Optional<List<String>> decision) {
        this.ruleId = ruleId;
        this.spelling = spelling;
        this.offset = offset;
        this.length = length;
        this.message = message;
        this.decide = decide;
        this.decision = decision;
    }

    /**
     * A match decided when first asked.
     *
     * @param decide the suggestions when the match is kept, empty when it is dropped
     */
    static ProofMatch later(String ruleId, boolean spelling, int offset, int length, String message,
                            Supplier<Optional<List<String>>> decide) {
        return new ProofMatch(ruleId, spelling, offset, length, message, decide, null);
    }

    /** A match as the cache stored it: undecided when its suggestions are missing. */
    @JsonCreator
    static ProofMatch stored(@JsonProperty("ruleId") String ruleId, @JsonProperty("spelling") boolean spelling,
                             @JsonProperty("offset") int offset, @JsonProperty("length") int length,
                             @JsonProperty("message") String message,
                             @JsonProperty("suggestions") List<String> suggestions) {
        return new ProofMatch(ruleId, spelling, offset, length, message, null,
                suggestions == null ? null : Optional.of(List.copyOf(suggestions)));
    }

    /** True for a match read from the cache undecided, which nothing here can decide. */
    boolean undecided() {
        return decision == null && decide == null;
    }

    /**
     * This match without what it would need to decide itself (LanguageTool's match, with its analysed
     * sentence): a long-running service keeps its results, but not that much of each.
     */
    ProofMatch settled() {
        return decision != null || decide == null ? this : new ProofMatch(ruleId, spelling, offset, length, message, null, null);
    }

    /** This match, decided by {@code decide} if it is {@link #undecided}. */
    ProofMatch decidedBy(Supplier<Optional<List<String>>> decide) {
        return undecided() ? later(ruleId, spelling, offset, length, message, decide) : this;
    }

    @JsonProperty
    public String ruleId() {
        return ruleId;
    }

    @JsonProperty
    public boolean spelling() {
        return spelling;
    }

    @JsonProperty
    public int offset() {
        return offset;
    }

    @JsonProperty
    public int length() {
        return length;
    }

    @JsonProperty
    public String message() {
        return message;
    }

    /** False when LanguageTool drops this match for a neighbouring one; decided on the first call if left for later. */
    public boolean kept() {
        return decision().map(Optional::isPresent).orElse(true);
    }

    /** LanguageTool's suggestions, best first; computed on the first call if left for later. */
    public List<String> suggestions() {
        return decision().flatMap(d -> d).orElse(List.of());
    }

    private Optional<Optional<List<String>>> decision() {
        Optional<List<String>> d = decision;
        if (d == null && decide == null) {
            return Optional.empty();
        }
        if (d == null) {
            synchronized (this) {
                d = decision;
                if (d == null) {
                    d = decide.get().map(List::copyOf);
                    decision = d;
                }
            }
        }
        return Optional.of(d);
    }

    /** The suggestions if this match is decided and kept, else null: what the cache stores. */
    @JsonProperty("suggestions")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    List<String> knownSuggestions() {
        Optional<List<String>> d = decision;
        return d == null ? null : d.orElse(null);
    }

    /** True when it is known that LanguageTool drops this match: the cache leaves it out. */
    boolean knownDropped() {
        Optional<List<String>> d = decision;
        return d != null && d.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProofMatch p && ruleId.equals(p.ruleId) && spelling == p.spelling && offset == p.offset
                && length == p.length && message.equals(p.message) && kept() == p.kept()
                && suggestions().equals(p.suggestions());
    }

    @Override
    public int hashCode() {
        return Objects.hash(ruleId, spelling, offset, length, message);
    }

    @Override
    public String toString() {
        return ruleId + "@" + offset + "+" + length + (kept() ? " " : " (dropped) ") + message + " " + suggestions();
    }
}
