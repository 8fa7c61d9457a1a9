package org.passerelle.xliff;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.annotation.Note;
import net.sf.okapi.common.annotation.NoteAnnotation;
import net.sf.okapi.common.filterwriter.XLIFFWriter;
import net.sf.okapi.common.filterwriter.XLIFFWriterParameters;
import net.sf.okapi.common.resource.Property;
import net.sf.okapi.common.resource.Segment;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.common.resource.TextPart;
import net.sf.okapi.common.resource.TextUnit;

/**
 * Writes XLIFF 1.2 with Okapi's {@link XLIFFWriter}: one trans-unit per block, its sentences as
 * {@code <seg-source>}/{@code <mrk mtype="seg">}, termbase hits and review reasons as notes.
 */
final class Xliff12Writer {

    static final String NOTE_FROM = "developer";

    private Xliff12Writer() {
    }

    static void write(ArticleXliff doc, OutputStream out) {
        LocaleId src = LocaleId.fromBCP47(doc.sourceLanguage());
        LocaleId trg = LocaleId.fromBCP47(doc.targetLanguage());
        XLIFFWriter writer = new XLIFFWriter();
        XLIFFWriterParameters p = writer.getParameters();
        p.setCopySource(false);
        p.setPlaceholderMode(true);
        p.setIncludeAltTrans(false);
        p.setIncludeIts(false);
        p.setIncludeCodeAttrs(false);
        // Without this Okapi writes an empty <target/> for untranslated units, which reads as "translated as nothing".
        p.setCreateEmptyTarget(false);
        p.setToolId(ArticleXliff.TOOL_ID);
        p.setToolName(ArticleXliff.TOOL_NAME);
        writer.setOutput(out);
        writer.create(null, null, src, trg, "plaintext", doc.original(), null);
        writer.writeStartFile(doc.original(), "plaintext", null, OriginalArticleNotes.xliff12Header(doc.about()));
        for (TranslationUnit u : doc.units()) {
            writer.writeTextUnit(toTextUnit(u, trg, doc.copySource()));
        }
        writer.writeEndFile();
        writer.close();
    }

    private static TextUnit toTextUnit(TranslationUnit u, LocaleId trg, boolean copySource) {
        TextUnit tu = new TextUnit(u.id());
        tu.setName(u.resname());
        tu.setType(ArticleXliff.RESTYPE_PREFIX + u.role().id());
        tu.setSource(container(u.segments(), false, false));
        if (u.hasTarget() || copySource) {
            TextContainer target = container(u.segments(), true, copySource);
            TranslationState state = u.hasTarget() ? u.state() : TranslationState.NOT_TRANSLATED;
            target.setProperty(new Property("state", state.xliff12Value(u.stateValue())));
            if (copySource && copiesSource(u)) {
                target.setProperty(new Property(Property.STATE_QUALIFIER, SourceCopyMark.STATE_QUALIFIER));
            }
            if (state.compareTo(TranslationState.REVIEWED) >= 0) {
                target.setProperty(new Property(Property.APPROVED, "yes"));
            }
            tu.setTarget(trg, target);
        }
        NoteAnnotation notes = new NoteAnnotation();
        for (TermNote t : u.terms()) {
            notes.add(note(t.text()));
        }
        for (String n : u.notes()) {
            notes.add(note(n));
        }
        if (notes.iterator().hasNext()) {
            tu.setAnnotation(notes);
        }
        return tu;
    }

    /**
     * A target with a sentence pre-filled with its source carries the mark, so that a tool that
     * only replaces the text (OmegaT 3.6) still leaves a file whose translated units read as such.
     */
    private static boolean copiesSource(TranslationUnit u) {
        return !u.state().isTranslated() && u.segments().stream().anyMatch(s -> s.target() == null);
    }

    /**
     * from="developer": Translate Toolkit (and the tools built on it, Weblate, Pootle) shows only
     * developer notes, as extracted comments; OmegaT, Okapi and Trados show every note.
     */
    private static Note note(String text) {
        Note n = new Note(text);
        n.setFrom(NOTE_FROM);
        return n;
    }

    /**
     * The sentences as segments numbered like the source, separated by single spaces. In a target,
     * a sentence without translation is an empty segment, or a copy of the source when asked.
     */
    private static TextContainer container(List<SegmentPair> segments, boolean target, boolean copySource) {
        List<TextPart> parts = new ArrayList<>();
        for (SegmentPair s : segments) {
            if (!parts.isEmpty()) {
                parts.add(new TextPart(" "));
            }
            TextFragment t = !target || s.target() == null && copySource ? s.sourceContent().toOkapi()
                    : s.target() != null ? s.targetContent().toOkapi() : new TextFragment("");
            parts.add(new Segment(s.id(), t));
        }
        return new TextContainer(parts.toArray(TextPart[]::new));
    }
}
