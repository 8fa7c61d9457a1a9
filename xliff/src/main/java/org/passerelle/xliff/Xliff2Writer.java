package org.passerelle.xliff;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;
import net.sf.okapi.lib.xliff2.core.MidFileData;
import net.sf.okapi.lib.xliff2.core.Note;
import net.sf.okapi.lib.xliff2.core.Part;
import net.sf.okapi.lib.xliff2.core.Segment;
import net.sf.okapi.lib.xliff2.core.StartFileData;
import net.sf.okapi.lib.xliff2.core.StartXliffData;
import net.sf.okapi.lib.xliff2.core.TargetState;
import net.sf.okapi.lib.xliff2.core.Unit;
import net.sf.okapi.lib.xliff2.glossary.Definition;
import net.sf.okapi.lib.xliff2.glossary.GlossEntry;
import net.sf.okapi.lib.xliff2.glossary.Glossary;
import net.sf.okapi.lib.xliff2.glossary.Term;
import net.sf.okapi.lib.xliff2.glossary.Translation;
import net.sf.okapi.lib.xliff2.metadata.Metadata;
import net.sf.okapi.lib.xliff2.writer.XLIFFWriter;

/**
 * Writes XLIFF 2.1 with lib-xliff2's writer: one unit per block, one {@code <segment>} per
 * sentence, termbase hits in the glossary module ({@code <gls:glossary>}) and as notes.
 */
final class Xliff2Writer {

    /** Sub-state telling the translator that the source changed under a kept translation. */
    static final String SUBSTATE_REVIEW = ArticleXliff.TYPE_PREFIX + "needs-review";
    static final String SUBSTATE_COPIED = ArticleXliff.TYPE_PREFIX + "source-copied";

    static final String VERSION = "2.1";

    private Xliff2Writer() {
    }

    static void write(ArticleXliff doc, OutputStream out) {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (XLIFFWriter writer = new XLIFFWriter()) {
            writer.setUseIndentation(true);
            writer.create(w, doc.sourceLanguage(), doc.targetLanguage());
            StartXliffData start = new StartXliffData(VERSION);
            start.setSourceLanguage(doc.sourceLanguage());
            start.setTargetLanguage(doc.targetLanguage());
            writer.writeStartDocument(start, null);
            StartFileData file = new StartFileData("f1");
            file.setOriginal(doc.original());
            writer.writeStartFile(file);
            Metadata about = OriginalArticleNotes.xliff2Metadata(doc.about());
            if (about != null) {
                MidFileData mid = new MidFileData();
                mid.setMetadata(about);
                writer.writeMidFile(mid);
            }
            for (TranslationUnit u : doc.units()) {
                writer.writeUnit(toUnit(u, doc.copySource()));
            }
            writer.writeEndFile();
        }
    }

    private static Unit toUnit(TranslationUnit u, boolean copySource) {
        Unit unit = new Unit(u.id());
        unit.setName(u.resname());
        unit.setType(ArticleXliff.TYPE_PREFIX + u.role().id());
        Set<String> segmentIds = u.segments().stream().map(SegmentPair::id).collect(Collectors.toSet());
        boolean first = true;
        for (SegmentPair s : u.segments()) {
            if (!first) {
                Part space = unit.appendIgnorable();
                space.setSource(" ");
                if (u.hasTarget() || copySource) {
                    space.setTarget(" ");
                }
            }
            first = false;
            Segment seg = unit.appendSegment();
            seg.setId(s.id());
            seg.setSource(s.sourceContent().toXliff2(unit.getStore(), false, segmentIds));
            if (s.target() != null) {
                seg.setTarget(s.targetContent().toXliff2(unit.getStore(), true, segmentIds));
                seg.setState(u.state().xliff2Value());
                if (u.state() == TranslationState.NEEDS_REVIEW) {
                    seg.setSubState(SUBSTATE_REVIEW);
                } else if (u.state() == TranslationState.NOT_TRANSLATED && s.target().equals(s.source())) {
                    // A copied source kept from a previous run must not read as a translation.
                    seg.setSubState(SUBSTATE_COPIED);
                }
            } else if (copySource) {
                seg.setTarget(s.sourceContent().toXliff2(unit.getStore(), true, segmentIds));
                seg.setState(TargetState.INITIAL);
                seg.setSubState(SUBSTATE_COPIED);
            }
        }
        if (!u.terms().isEmpty()) {
            Glossary glossary = new Glossary();
            for (TermNote t : u.terms()) {
                GlossEntry entry = new GlossEntry();
                Term term = entry.setTerm(new Term(t.source()));
                term.setSource(ArticleXliff.TOOL_ID + ":" + t.conceptId());
                for (String p : t.preferred()) {
                    Translation tr = entry.addTranslation(p);
                    tr.setSource(ArticleXliff.TOOL_ID);
                }
                if (!t.forbidden().isEmpty()) {
                    entry.setDefinition(new Definition(
                            "Forbidden: " + String.join(", ", t.forbidden())));
                }
                glossary.add(entry);
                unit.addNote(note(t.text()));
            }
            unit.setGlossary(glossary);
        }
        for (String n : u.notes()) {
            unit.addNote(note(n));
        }
        return unit;
    }

    private static Note note(String text) {
        Note n = new Note(text);
        n.setCategory(ArticleXliff.TOOL_ID);
        return n;
    }
}
