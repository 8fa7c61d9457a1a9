package org.passerelle.xliff;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import net.sf.okapi.lib.xliff2.core.Fragment;
import net.sf.okapi.lib.xliff2.core.Note;
import net.sf.okapi.lib.xliff2.core.Segment;
import net.sf.okapi.lib.xliff2.core.TargetState;
import net.sf.okapi.lib.xliff2.core.Unit;
import net.sf.okapi.lib.xliff2.reader.Event;
import net.sf.okapi.lib.xliff2.reader.XLIFFReader;

/**
 * Reads XLIFF 2.x with lib-xliff2's validating reader, one unit at a time. The unit's state is its
 * least advanced segment's; our own sub-states (a kept translation whose source changed, a source
 * copied as target) are reported with their 1.2 names, needs-review-translation and needs-translation.
 */
final class Xliff2Units {

    private Xliff2Units() {
    }

    static void read(Path file, String displayName, XliffHeader header, Consumer<TranslationUnit> units) {
        try (XLIFFReader reader = new XLIFFReader(XLIFFReader.VALIDATION_MAXIMAL)) {
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
        boolean allFinal = unit.getSegmentCount() > 0;
        TargetState lowest = null;
        int n = 0;
        String flagged = null;
        for (Segment s : unit.getSegments()) {
            n++;
            PlainText source = PlainText.of(s.getSource());
            Fragment target = s.hasTarget() ? s.getTarget() : null;
            PlainText tt = target == null ? null : PlainText.of(target);
            String id = s.getId() == null ? String.valueOf(n) : s.getId();
            segments.add(new SegmentPair(id, source.text(), tt == null ? null : tt.text(),
                    source.codes(), tt == null ? List.of() : tt.codes()));
            if (Xliff2Writer.SUBSTATE_REVIEW.equals(s.getSubState())) {
                flagged = TranslationMerge.NEEDS_REVIEW;
            } else if (Xliff2Writer.SUBSTATE_COPIED.equals(s.getSubState()) && flagged == null) {
                flagged = TranslationMerge.NEEDS_TRANSLATION;
            }
            TargetState st = s.getState();
            allFinal &= st == TargetState.FINAL;
            if (lowest == null || st.ordinal() < lowest.ordinal()) {
                lowest = st;
            }
        }
        List<String> notes = new ArrayList<>();
        if (unit.getNoteCount() > 0) {
            for (Note note : unit.getNotes()) {
                notes.add(note.getText());
            }
        }
        return new TranslationUnit(displayName, unit.getId(), unit.getName(), unit.getType(), src, trg,
                unit.getTranslate(), flagged != null ? flagged : lowest == null ? null : lowest.toString(), allFinal,
                segments, notes);
    }
}
