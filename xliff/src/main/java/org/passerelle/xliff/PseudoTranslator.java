package org.passerelle.xliff;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.IResource;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.filterwriter.IFilterWriter;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.Property;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.Segment;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.filters.xliff.XLIFFFilter;
import net.sf.okapi.lib.xliff2.core.Fragment;
import net.sf.okapi.lib.xliff2.core.TargetState;
import net.sf.okapi.lib.xliff2.core.Unit;
import net.sf.okapi.lib.xliff2.reader.XLIFFReader;
import net.sf.okapi.lib.xliff2.writer.XLIFFWriter;
import org.passerelle.core.AtomicFile;
import org.passerelle.core.InputException;

/**
 * Fills every target with an accented, expanded pseudo-translation, in place (atomically).
 * Inline codes stay where they are; everything else in the file (notes, glossary entries, other
 * attributes) is written back as read, by Okapi's own filter writer (1.2) or lib-xliff2 (2.x).
 * Units marked translate="no" are left alone. Targets get state {@code translated}.
 */
public final class PseudoTranslator {

    /** @return the number of segments pseudo-translated */
    public int pseudoTranslate(Path xliff) throws IOException, InputException {
        XliffHeader header = XliffScanner.scan(xliff);
        int[] count = {0};
        try {
            if (header.version() == XliffVersion.V2) {
                AtomicFile.write(xliff, out -> count[0] = pseudo2(xliff, new OutputStreamWriter(out, StandardCharsets.UTF_8)));
            } else {
                AtomicFile.write(xliff, out -> count[0] = pseudo12(xliff, header, out));
            }
        } catch (RuntimeException e) {
            // as in XliffReader: each library's unchecked exceptions on a file are that file's problem
            throw XliffReader.invalid(xliff, header, e);
        }
        return count[0];
    }

    private static int pseudo12(Path file, XliffHeader header, java.io.OutputStream out) throws IOException {
        LocaleId src = LocaleId.fromBCP47(header.sourceLanguage() == null ? "fr" : header.sourceLanguage());
        LocaleId trg = LocaleId.fromBCP47(header.targetLanguage() == null ? "en" : header.targetLanguage());
        int count = 0;
        try (RawDocument raw = Xliff12Units.rawDocument(file, header, src, trg);
             XLIFFFilter filter = new XLIFFFilter();
             IFilterWriter writer = filter.createFilterWriter()) {
            filter.open(raw);
            writer.setOptions(trg, StandardCharsets.UTF_8.name());
            writer.setOutput(out);
            while (filter.hasNext()) {
                Event event = filter.next();
                if (event.isTextUnit() && event.getTextUnit().isTranslatable()) {
                    count += pseudo(event.getTextUnit(), trg);
                }
                writer.handleEvent(event);
            }
        }
        return count;
    }

    private static int pseudo(ITextUnit tu, LocaleId trg) {
        TextContainer target = tu.createTarget(trg, true, IResource.COPY_SEGMENTATION | IResource.COPY_CONTENT);
        int n = 0;
        for (Segment s : target.getSegments()) {
            Segment source = tu.getSource().getSegments().get(s.getId());
            s.text = pseudo(source == null ? s.getContent() : source.getContent());
            n++;
        }
        target.setProperty(new Property("state", "translated"));
        return n;
    }

    private static TextFragment pseudo(TextFragment source) {
        String coded = source.getCodedText();
        StringBuilder sb = new StringBuilder(coded.length() * 2).append(PseudoText.OPEN);
        int letters = 0;
        for (int i = 0; i < coded.length(); i++) {
            char c = coded.charAt(i);
            if (TextFragment.isMarker(c) && i + 1 < coded.length()) {
                sb.append(c).append(coded.charAt(++i));
            } else {
                sb.append(PseudoText.accent(c));
                letters++;
            }
        }
        sb.append(PseudoText.padding(letters)).append(PseudoText.CLOSE);
        TextFragment f = source.clone();
        f.setCodedText(sb.toString(), source.getCodes(), true);
        return f;
    }

    private static int pseudo2(Path file, Writer out) {
        int count = 0;
        try (XLIFFReader reader = new XLIFFReader(XLIFFReader.VALIDATION_MAXIMAL);
             XLIFFWriter writer = new XLIFFWriter()) {
            reader.open(file.toFile());
            writer.setUseIndentation(true);
            writer.create(out, null);
            while (reader.hasNext()) {
                net.sf.okapi.lib.xliff2.reader.Event event = reader.next();
                if (event.isUnit() && event.getUnit().getTranslate()) {
                    count += pseudo(event.getUnit());
                }
                writer.writeEvent(event);
            }
        }
        return count;
    }

    private static int pseudo(Unit unit) {
        int n = 0;
        for (net.sf.okapi.lib.xliff2.core.Segment s : unit.getSegments()) {
            Fragment target = new Fragment(s.getSource(), unit.getStore(), true);
            String coded = target.getCodedText();
            StringBuilder sb = new StringBuilder(coded.length() * 2).append(PseudoText.OPEN);
            int letters = 0;
            for (int i = 0; i < coded.length(); i++) {
                char c = coded.charAt(i);
                if (Fragment.isChar1(c) && i + 1 < coded.length()) {
                    sb.append(c).append(coded.charAt(++i));
                } else {
                    sb.append(PseudoText.accent(c));
                    letters++;
                }
            }
            sb.append(PseudoText.padding(letters)).append(PseudoText.CLOSE);
            target.setCodedText(sb.toString());
            s.setTarget(target);
            s.setState(TargetState.TRANSLATED);
            s.setSubState(null);
            n++;
        }
        for (net.sf.okapi.lib.xliff2.core.Part p : unit) {
            if (!p.isSegment() && !p.hasTarget()) {
                p.setTarget(new Fragment(p.getSource(), unit.getStore(), true));
            }
        }
        return n;
    }
}
