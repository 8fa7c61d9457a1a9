package org.passerelle.xliff;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.annotation.Note;
import net.sf.okapi.common.annotation.NoteAnnotation;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.Property;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.Segment;
import net.sf.okapi.common.resource.StartSubDocument;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.filters.xliff.XLIFFFilter;
import org.apache.commons.io.input.ReaderInputStream;

/** Reads XLIFF 1.x with Okapi's {@link XLIFFFilter}, one unit at a time. */
final class Xliff12Units {

    /** The property Okapi's SDL extension sets on a target segment from {@code <sdl:seg conf>}. */
    private static final String SDL_CONF = "sdl_conf";

    /**
     * The target locale Okapi's filter is given for a file that declares none (it needs one, and
     * reports it back as the sub-document's target language): BCP 47's "undetermined", which no
     * file means, so it can be read back as "no target language" without mistaking a real one.
     */
    private static final String UNDETERMINED = "und";

    /**
     * The source locale Okapi's filter is given for a file whose source and target language are
     * the same (SAP's and other tools' monolingual samples): Okapi then never opens the unit's own
     * target, so the {@code <target>} of an {@code <alt-trans>} (a TM proposal) becomes the
     * unit's translation. A private-use language keeps the two apart; units still report the
     * file's own source language, which comes from {@code <file source-language>}.
     */
    private static final String DISTINCT_SOURCE = "qaa";

    private Xliff12Units() {
    }

    static void read(Path file, String displayName, XliffHeader header, Consumer<TranslationUnit> units)
            throws IOException {
        LocaleId trg = locale(header.targetLanguage(), UNDETERMINED);
        LocaleId src = locale(header.sourceLanguage(), "fr");
        if (src.sameLanguageAs(trg)) {
            src = LocaleId.fromBCP47(DISTINCT_SOURCE);
        }
        MemoqStatuses memoq = header.declares(MemoqStatuses.NS) ? MemoqStatuses.read(file) : MemoqStatuses.none();
        try (RawDocument raw = rawDocument(file, header, src, trg);
             XLIFFFilter filter = readingAsWritten()) {
            filter.open(raw);
            String fileSrc = header.sourceLanguage();
            String fileTrg = header.targetLanguage();
            int fileIndex = -1;
            while (filter.hasNext()) {
                Event event = filter.next();
                if (event.isStartSubDocument()) {
                    fileIndex++;
                    StartSubDocument sub = event.getStartSubDocument();
                    fileSrc = propertyOr(sub.getProperty("sourceLanguage"), header.sourceLanguage());
                    fileTrg = declared(propertyOr(sub.getProperty("targetLanguage"), header.targetLanguage()));
                } else if (event.isTextUnit()) {
                    ITextUnit tu = event.getTextUnit();
                    if (header.layoutSpace(Math.max(fileIndex, 0), tu.getId())) {
                        collapse(tu);
                    }
                    units.accept(toUnit(tu, displayName, fileSrc, fileTrg, trg, memoq));
                }
            }
        }
    }

    /**
     * Okapi's XLIFF filter set to read what the file says: whitespace as written (Okapi collapses it
     * unless told otherwise, which hides the doubled and trailing spaces QA must see; units under
     * {@code xml:space="default"} are collapsed by {@link #collapse}); and the {@code <seg-source>}
     * the target's segments are aligned with, even where it differs from {@code <source>} (often in
     * whitespace only): Okapi would otherwise keep the unsegmented source and the target's later
     * segments would match no source segment.
     */
    static XLIFFFilter readingAsWritten() {
        XLIFFFilter filter = new XLIFFFilter();
        // This switches on Okapi's SDL extension, which delivers <sdl:seg conf> as a segment property.
        filter.getParameters().setUseSdlXliffWriter(true);
        filter.getParameters().setPreserveSpaceByDefault(true);
        filter.getParameters().setAlwaysUseSegSource(true);
        return filter;
    }

    /** White space as layout, the way Okapi's filter collapses it when it does: runs to one space, ends trimmed. */
    private static void collapse(ITextUnit tu) {
        tu.getSource().unwrap(true, false);
        for (LocaleId locale : tu.getTargetLocales()) {
            tu.getTarget(locale).unwrap(true, false);
        }
    }

    /**
     * Okapi's filter reads the document several times (SDL and ITS pre-passes): a file it can
     * reopen by URI streams each time; an input stream would be buffered whole first.
     */
    static RawDocument rawDocument(Path file, XliffHeader header, LocaleId src, LocaleId trg) throws IOException {
        if (header.externalItsReferences()) {
            // Without a URI Okapi has no base to resolve a relative reference against either.
            return new RawDocument(ExternalItsReferences.withoutThem(file), StandardCharsets.UTF_8.name(), src, trg);
        }
        String encoding = header.encoding();
        if (needsTranscoding(encoding)) {
            return new RawDocument(utf8(file, encoding), StandardCharsets.UTF_8.name(), src, trg);
        }
        return new RawDocument(file.toUri(), StandardCharsets.UTF_8.name(), src, trg);
    }

    private static boolean needsTranscoding(String encoding) {
        Charset cs = Charset.forName(encoding);
        return !(cs.equals(StandardCharsets.UTF_8) || cs.name().startsWith("UTF-16"));
    }

    /**
     * Okapi's XLIFF filter decodes every file as UTF-8 (or by its BOM), whatever its XML declaration
     * says; a file stored in another encoding is transcoded to UTF-8 on the fly, still streaming.
     */
    static InputStream utf8(Path file, String encoding) throws IOException {
        InputStream in = Files.newInputStream(file);
        Charset cs = Charset.forName(encoding);
        if (!needsTranscoding(encoding)) {
            return in;
        }
        return ReaderInputStream.builder()
                .setReader(new InputStreamReader(in, cs))
                .setCharset(StandardCharsets.UTF_8)
                .get();
    }

    private static TranslationUnit toUnit(ITextUnit tu, String displayName, String src, String trg, LocaleId trgLoc,
                                          MemoqStatuses memoq) {
        LocaleId targetLocale = tu.hasTarget(trgLoc) ? trgLoc
                : tu.getTargetLocales().stream().findFirst().orElse(trgLoc);
        TextContainer target = tu.getTarget(targetLocale);
        List<SegmentPair> segments = alignedBySegment(tu.getSource(), target)
                ? segmentBySegment(tu.getSource(), target) : wholeUnit(tu.getSource(), target);
        TranslationState.Reading sdl = null;
        if (target != null) {
            for (Segment t : target.getSegments()) {
                if (t.getProperty(SDL_CONF) != null) {
                    sdl = leastAdvanced(sdl, TranslationState.fromSdlConf(propertyOr(t.getProperty(SDL_CONF), null)));
                }
            }
        }
        List<String> notes = new ArrayList<>();
        NoteAnnotation na = tu.getAnnotation(NoteAnnotation.class);
        if (na != null) {
            for (Note n : na) {
                notes.add(n.getNoteText());
            }
        }
        return TranslationUnit.builder().file(displayName).id(tu.getId()).resname(tu.getName()).restype(tu.getType())
                .languages(src, trg).translatable(tu.isTranslatable()).segments(segments).notes(notes)
                .state(state(tu, target, segments, sdl, memoq.next(tu.getId()))).build();
    }

    /**
     * True when each target segment answers a source segment of the same id. A plain
     * {@code <target>} beside a segmented {@code <seg-source>} (Translate Toolkit's pomerge writes
     * one) is not: it translates the whole unit.
     */
    private static boolean alignedBySegment(TextContainer source, TextContainer target) {
        if (target == null) {
            return true;
        }
        if (source.getSegments().count() > 1 && !target.hasBeenSegmented()) {
            return false;
        }
        for (Segment t : target.getSegments()) {
            if (source.getSegments().get(t.getId()) == null) {
                return false;
            }
        }
        return true;
    }

    private static List<SegmentPair> segmentBySegment(TextContainer source, TextContainer target) {
        List<SegmentPair> segments = new ArrayList<>();
        for (Segment s : source.getSegments()) {
            Segment t = target == null ? null : target.getSegments().get(s.getId());
            segments.add(SegmentPair.of(s.getId(), PlainText.of(s.getContent()), t == null ? null : PlainText.of(t.getContent())));
        }
        return segments;
    }

    /**
     * One segment, under the first source segment's id: the source segments joined as
     * {@link TranslationUnit#sourceText()} joins them, and the whole target, so no segment reads as
     * untranslated and the translation is kept whole.
     */
    private static List<SegmentPair> wholeUnit(TextContainer source, TextContainer target) {
        List<PlainText> sources = new ArrayList<>();
        for (Segment s : source.getSegments()) {
            sources.add(PlainText.of(s.getContent()));
        }
        List<PlainText> targets = new ArrayList<>();
        for (Segment t : target.getSegments()) {
            targets.add(PlainText.of(t.getContent()));
        }
        String id = source.getSegments().get(0).getId();
        return List.of(SegmentPair.of(id, PlainText.joined(sources), PlainText.joined(targets)));
    }

    /** Trados' per-segment conf first, then memoQ's status, then the 1.2 state and approved attributes. */
    private static TranslationState.Reading state(ITextUnit tu, TextContainer target, List<SegmentPair> segments,
                                                  TranslationState.Reading sdl, String memoqStatus) {
        if (sdl != null) {
            return sdl;
        }
        if (memoqStatus != null) {
            return TranslationState.fromMemoqStatus(memoqStatus);
        }
        boolean hasText = target != null && segments.stream().anyMatch(s -> s.hasTarget() && !s.target().isBlank());
        String state = target == null ? null : propertyOr(target.getProperty("state"), null);
        boolean approved = target != null && "yes".equals(propertyOr(target.getProperty(Property.APPROVED), null))
                || "yes".equals(propertyOr(tu.getProperty(Property.APPROVED), null));
        return SourceCopyMark.reading(TranslationState.fromXliff12(state, approved, hasText), target, segments);
    }

    private static TranslationState.Reading leastAdvanced(TranslationState.Reading a, TranslationState.Reading b) {
        return a == null || b.state().compareTo(a.state()) < 0 ? b : a;
    }

    /** A language the file gave, or null where only our placeholder stands. */
    private static String declared(String tag) {
        return UNDETERMINED.equalsIgnoreCase(tag) ? null : tag;
    }

    private static LocaleId locale(String tag, String fallback) {
        return LocaleId.fromBCP47(tag == null || tag.isBlank() ? fallback : tag);
    }

    private static String propertyOr(Property p, String fallback) {
        return p == null || p.getValue() == null || p.getValue().isEmpty() ? fallback : p.getValue();
    }
}
