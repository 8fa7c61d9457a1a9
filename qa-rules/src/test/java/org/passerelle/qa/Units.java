package org.passerelle.qa;

import java.util.ArrayList;
import java.util.List;
import org.passerelle.xliff.SegmentPair;
import org.passerelle.xliff.TranslationState;
import org.passerelle.xliff.TranslationUnit;

/** Builds translation units for check tests, the way XliffReader delivers them. */
public final class Units {
    private Units() {
    }

    /** One unit with one segment "1": French source, target in {@code targetLang} (null target = untranslated). */
    public static TranslationUnit unit(String targetLang, String source, String target) {
        return unit("u1", targetLang, source, target);
    }

    public static TranslationUnit unit(String id, String targetLang, String source, String target) {
        return TranslationUnit.builder().file("test.xlf").id(id).languages("fr-FR", targetLang)
                .state(target == null ? TranslationState.NOT_TRANSLATED : TranslationState.TRANSLATED)
                .segment("1", source, target).build();
    }

    /** A unit with several segments: pairs of source, target. */
    public static TranslationUnit segments(String id, String targetLang, String... pairs) {
        List<SegmentPair> segments = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            segments.add(new SegmentPair(String.valueOf(i / 2 + 1), pairs[i], pairs[i + 1], List.of(), List.of()));
        }
        return TranslationUnit.builder().file("test.xlf").id(id).languages("fr-FR", targetLang)
                .state(TranslationState.TRANSLATED).segments(segments).build();
    }

    /** The unit with an XLIFF 1.2 {@code state} value, read as the reader reads it. */
    public static TranslationUnit withState(TranslationUnit u, String state) {
        boolean hasText = u.segments().stream().anyMatch(s -> s.hasTarget() && !s.target().isBlank());
        return withState(u, TranslationState.fromXliff12(state, false, hasText));
    }

    public static TranslationUnit withState(TranslationUnit u, TranslationState.Reading state) {
        return u.toBuilder().state(state).build();
    }

    public static TranslationUnit withNotes(TranslationUnit u, String... notes) {
        return u.withNotes(List.of(notes));
    }

    public static TranslationUnit inFile(TranslationUnit u, String file) {
        return u.inFile(file);
    }

    /** A context with the default profile, no termbase, spelling-and-grammar LanguageTool. */
    public static CheckContext context() {
        return Contexts.DEFAULT;
    }

    private static final class Contexts {
        static final CheckContext DEFAULT = new CheckContext(Profile.defaults(), null,
                new org.passerelle.qa.languagetool.Proofreader(true, "en-US"));
    }
}
