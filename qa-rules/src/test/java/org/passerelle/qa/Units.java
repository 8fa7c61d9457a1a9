package org.passerelle.qa;

import java.util.ArrayList;
import java.util.List;
import org.passerelle.xliff.SegmentPair;
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
        return new TranslationUnit("test.xlf", id, null, null, "fr-FR", targetLang, true,
                target == null ? null : "translated", false,
                List.of(new SegmentPair("1", source, target, List.of(), List.of())), List.of());
    }

    /** A unit with several segments: pairs of source, target. */
    public static TranslationUnit segments(String id, String targetLang, String... pairs) {
        List<SegmentPair> segments = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            segments.add(new SegmentPair(String.valueOf(i / 2 + 1), pairs[i], pairs[i + 1], List.of(), List.of()));
        }
        return new TranslationUnit("test.xlf", id, null, null, "fr-FR", targetLang, true, "translated", false,
                segments, List.of());
    }

    public static TranslationUnit withState(TranslationUnit u, String state) {
        return new TranslationUnit(u.file(), u.id(), u.resname(), u.restype(), u.sourceLanguage(), u.targetLanguage(),
                u.translatable(), state, u.approved(), u.segments(), u.notes());
    }

    public static TranslationUnit withNotes(TranslationUnit u, String... notes) {
        return new TranslationUnit(u.file(), u.id(), u.resname(), u.restype(), u.sourceLanguage(), u.targetLanguage(),
                u.translatable(), u.state(), u.approved(), u.segments(), List.of(notes));
    }

    public static TranslationUnit inFile(TranslationUnit u, String file) {
        return new TranslationUnit(file, u.id(), u.resname(), u.restype(), u.sourceLanguage(), u.targetLanguage(),
                u.translatable(), u.state(), u.approved(), u.segments(), u.notes());
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
