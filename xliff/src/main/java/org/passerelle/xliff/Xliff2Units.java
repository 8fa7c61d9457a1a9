package org.passerelle.xliff;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import net.sf.okapi.lib.xliff2.URIParser;
import net.sf.okapi.lib.xliff2.core.Fragment;
import net.sf.okapi.lib.xliff2.core.Note;
import net.sf.okapi.lib.xliff2.core.Segment;
import net.sf.okapi.lib.xliff2.core.Unit;
import net.sf.okapi.lib.xliff2.reader.Event;
import net.sf.okapi.lib.xliff2.reader.XLIFFReader;

/**
 * Reads XLIFF 2.x with lib-xliff2's validating reader, one unit at a time. The unit's state is its
 * least advanced segment's, our own sub-states included ({@link TranslationState#fromXliff2}).
 */
final class Xliff2Units {

    /**
     * Fragment-id prefixes of the extensions we meet besides the OASIS modules lib-xliff2 knows:
     * a TBX termbase embedded in the file is referenced as {@code #f=f1/tbx=entry} (the TaaS and
     * Okapi examples do), for TBX 2008 and TBX v3 alike. Unknown prefixes stay an error.
     */
    private static final Map<String, String> EXTENSION_PREFIXES = Map.of(
            "urn:iso:std:iso:30042:ed-1:v1:en", "tbx",
            "urn:iso:std:iso:30042:ed-2", "tbx");

    private Xliff2Units() {
    }

    static void read(Path file, String displayName, XliffHeader header, Consumer<TranslationUnit> units) {
        URIParser fragments = new URIParser();
        fragments.addPrefixes(EXTENSION_PREFIXES);
        try (XLIFFReader reader = new XLIFFReader(XLIFFReader.VALIDATION_MAXIMAL, fragments)) {
            reader.open(file.toFile());
            String src = header.sourceLanguage();
            String trg = header.targetLanguage();
            while (reader.hasNext()) {
                Event event = reader.next();
                if (event.isStartXliff()) {
                    src = event.getStartXliffData().getSourceLanguage();
                    trg = event.getStartXliffData().getTargetLanguage();
                } else if (event.isUnit()) {
                    units.accept(toUnit(event.getUnit(), displayName, src, trg));
                }
            }
        }
    }

    private static TranslationUnit toUnit(Unit unit, String displayName, String src, String trg) {
        List<SegmentPair> segments = new ArrayList<>();
        TranslationState.Reading least = null;
        int n = 0;
        for (Segment s : unit.getSegments()) {
            n++;
            Fragment target = s.hasTarget() ? s.getTarget() : null;
            PlainText tt = target == null ? null : PlainText.of(target);
            String id = s.getId() == null ? String.valueOf(n) : s.getId();
            segments.add(SegmentPair.of(id, PlainText.of(s.getSource()), tt));
            TranslationState.Reading r = TranslationState.fromXliff2(s.getState(), s.getSubState(),
                    tt != null && !tt.text().isBlank());
            if (least == null || r.state().compareTo(least.state()) < 0) {
                least = r;
            }
        }
        List<String> notes = new ArrayList<>();
        if (unit.getNoteCount() > 0) {
            for (Note note : unit.getNotes()) {
                notes.add(note.getText());
            }
        }
        TranslationUnit.Builder b = TranslationUnit.builder().file(displayName).id(unit.getId()).resname(unit.getName())
                .restype(unit.getType()).languages(src, trg).translatable(unit.getTranslate())
                .segments(segments).notes(notes);
        if (least != null) {
            b.state(least);
        }
        return b.build();
    }
}
