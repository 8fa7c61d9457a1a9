package org.passerelle.qa;

import java.util.ArrayList;
import java.util.List;
import org.passerelle.xliff.InlineCode;
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

    /**
     * One unit with inline codes written as markers in the text: {@code {lb}} a line break
     * ({@code <ph subType="xlf:lb"/>}), {@code {ph}} another placeholder, {@code {b}}/{@code {/b}}
     * formatting; the segment holds the text without them, as the reader delivers it.
     */
    public static TranslationUnit coded(String targetLang, String source, String target) {
        List<InlineCode> sourceCodes = new ArrayList<>();
        List<InlineCode> targetCodes = new ArrayList<>();
        String plainSource = uncoded(source, sourceCodes);
        String plainTarget = uncoded(target, targetCodes);
        return TranslationUnit.builder().file("test.xlf").id("u1").languages("fr-FR", targetLang)
                .state(TranslationState.TRANSLATED)
                .segments(List.of(new SegmentPair("1", plainSource, plainTarget, sourceCodes, targetCodes))).build();
    }

    private static String uncoded(String marked, List<InlineCode> codes) {
        StringBuilder plain = new StringBuilder();
        for (int i = 0; i < marked.length(); ) {
            String rest = marked.substring(i);
            String id = String.valueOf(codes.size() + 1);
            if (rest.startsWith("{lb}")) {
                codes.add(new InlineCode(id, InlineCode.Kind.PLACEHOLDER, plain.length(), "xlf:lb", null));
                i += 4;
            } else if (rest.startsWith("{ph}")) {
                codes.add(new InlineCode(id, InlineCode.Kind.PLACEHOLDER, plain.length(), "fmt", null));
                i += 4;
            } else if (rest.startsWith("{b}")) {
                codes.add(new InlineCode("b", InlineCode.Kind.OPENING, plain.length(), "fmt", null));
                i += 3;
            } else if (rest.startsWith("{/b}")) {
                codes.add(new InlineCode("b", InlineCode.Kind.CLOSING, plain.length(), "fmt", null));
                i += 4;
            } else {
                plain.append(marked.charAt(i++));
            }
        }
        return plain.toString();
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
