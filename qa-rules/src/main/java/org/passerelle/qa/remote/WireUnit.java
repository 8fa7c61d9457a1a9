package org.passerelle.qa.remote;

import java.util.List;
import org.passerelle.xliff.SegmentPair;
import org.passerelle.xliff.TranslationUnit;

/**
 * A unit the service read, as the report writers need it on the client: its file, id, languages
 * (as the run had them, {@code --target-lang} supplied) and segment texts (the HTML report shows
 * them, the XLIFF report marks them). {@code at} is where it came in the run: before the finding at
 * that index of the answer's {@code findings}, so the client replays the run's order exactly.
 */
public record WireUnit(int at, String file, String id, String sourceLang, String targetLang, List<Segment> segments) {
    public WireUnit {
        segments = segments == null ? List.of() : List.copyOf(segments);
    }

    /** One segment's plain text (inline codes are not sent: no report shows them). */
    public record Segment(String id, String source, String target) {
    }

    static WireUnit of(int at, TranslationUnit unit) {
        return new WireUnit(at, unit.file(), unit.id(), unit.sourceLanguage(), unit.targetLanguage(),
                unit.segments().stream().map(s -> new Segment(s.id(), s.source(), s.target())).toList());
    }

    /** The unit, in the file as the client named it. */
    TranslationUnit unit(String clientFile) {
        TranslationUnit.Builder b = TranslationUnit.builder().file(clientFile).id(id).languages(sourceLang, targetLang);
        b.segments(segments.stream().map(s -> new SegmentPair(s.id(), s.source(), s.target(), List.of(), List.of())).toList());
        return b.build();
    }
}
