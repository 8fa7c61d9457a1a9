package org.passerelle.qa.accuracy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.filterwriter.XLIFFWriter;
import net.sf.okapi.common.resource.Property;
import net.sf.okapi.common.resource.Segment;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.common.resource.TextPart;
import net.sf.okapi.common.resource.TextUnit;
import net.sf.okapi.lib.xliff2.core.CTag;
import net.sf.okapi.lib.xliff2.core.Fragment;
import net.sf.okapi.lib.xliff2.core.Part;
import net.sf.okapi.lib.xliff2.core.StartFileData;
import net.sf.okapi.lib.xliff2.core.StartXliffData;
import net.sf.okapi.lib.xliff2.core.Store;
import net.sf.okapi.lib.xliff2.core.TagType;
import net.sf.okapi.lib.xliff2.core.TargetState;
import net.sf.okapi.lib.xliff2.core.Unit;

/**
 * Writes the labelled set's XLIFF from its label tables with Okapi, as a CAT tool would have
 * saved the translations: en-US as XLIFF 1.2 (Okapi's XLIFFWriter, sentences in
 * {@code <seg-source>}), Vietnamese as XLIFF 2.0 (lib-xliff2). Not a test: run it after editing a
 * label table, {@code LabelledSetWriter <resources dir> [set...]} (every set, or only those named:
 * "a", "b", "h" to "y"), and commit the files it writes. Besides {@code {lb}}, a table may write bold as
 * {@code {b}...{/b}} (an opening and a closing code, {@code <g>} in 1.2, {@code <pc>} in 2.0).
 */
public final class LabelledSetWriter {
    /** How a label table writes its inline codes: a line break ({@code {lb}}), bold ({@code {b}...{/b}}). */
    private static final Pattern CODE = Pattern.compile("\\{(lb|b|/b)\\}");

    private LabelledSetWriter() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        List<String> sets = List.of(args).subList(1, args.length);
        for (String[] f : sets.isEmpty() ? LabelledSet.FILES : LabelledSet.files(sets)) {
            List<LabelledUnit> units = LabelledSet.read(dir.resolve(f[1]));
            try (OutputStream out = Files.newOutputStream(dir.resolve(f[2]))) {
                if (f[0].startsWith("en")) {
                    write12(units, f[0], f[1], out);
                } else {
                    write20(units, f[0], f[1], out);
                }
            }
            System.out.println(dir.resolve(f[2]) + ": " + units.size() + " units");
        }
    }

    private static void write12(List<LabelledUnit> units, String target, String original, OutputStream out) {
        XLIFFWriter writer = new XLIFFWriter();
        writer.getParameters().setPlaceholderMode(true);
        writer.getParameters().setIncludeIts(false);
        writer.getParameters().setCopySource(false);
        writer.getParameters().setIncludeCodeAttrs(true);
        writer.setOutput(out);
        LocaleId trg = LocaleId.fromBCP47(target);
        writer.create(null, null, LocaleId.fromBCP47("fr-FR"), trg, "plaintext", original, null);
        writer.writeStartFile(original, "plaintext", null);
        for (LabelledUnit u : units) {
            TextUnit tu = new TextUnit(u.id());
            tu.setType("x-" + u.role());
            tu.setSource(container12(u.sources()));
            TextContainer t = container12(u.targets());
            t.setProperty(new Property("state", "translated"));
            tu.setTarget(trg, t);
            writer.writeTextUnit(tu);
        }
        writer.writeEndFile();
        writer.close();
    }

    private static TextContainer container12(List<String> segments) {
        List<TextPart> parts = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            if (i > 0) {
                parts.add(new TextPart(" "));
            }
            parts.add(new Segment(String.valueOf(i + 1), fragment12(segments.get(i))));
        }
        return new TextContainer(parts.toArray(TextPart[]::new));
    }

    private static TextFragment fragment12(String text) {
        TextFragment f = new TextFragment();
        Matcher m = CODE.matcher(text);
        int at = 0;
        while (m.find()) {
            f.append(text.substring(at, m.start()));
            switch (m.group(1)) {
                case "lb" -> f.append(TextFragment.TagType.PLACEHOLDER, "lb", "<br/>");
                case "b" -> f.append(TextFragment.TagType.OPENING, "b", "<b>");
                default -> f.append(TextFragment.TagType.CLOSING, "b", "</b>");
            }
            at = m.end();
        }
        f.append(text.substring(at));
        return f;
    }

    private static void write20(List<LabelledUnit> units, String target, String original, OutputStream out) {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (net.sf.okapi.lib.xliff2.writer.XLIFFWriter writer = new net.sf.okapi.lib.xliff2.writer.XLIFFWriter()) {
            writer.setUseIndentation(true);
            writer.create(w, "fr-FR", target);
            StartXliffData start = new StartXliffData("2.0");
            start.setSourceLanguage("fr-FR");
            start.setTargetLanguage(target);
            writer.writeStartDocument(start, null);
            StartFileData file = new StartFileData("f1");
            file.setOriginal(original);
            writer.writeStartFile(file);
            for (LabelledUnit u : units) {
                writer.writeUnit(unit20(u));
            }
            writer.writeEndFile();
        }
    }

    private static Unit unit20(LabelledUnit u) {
        Unit unit = new Unit(u.id());
        unit.setType("passerelle:" + u.role());
        for (int i = 0; i < u.sources().size(); i++) {
            if (i > 0) {
                Part space = unit.appendIgnorable();
                space.setSource(" ");
                space.setTarget(" ");
            }
            net.sf.okapi.lib.xliff2.core.Segment seg = unit.appendSegment();
            seg.setId(String.valueOf(i + 1));
            seg.setSource(fragment20(unit.getStore(), false, u.sources().get(i)));
            seg.setTarget(fragment20(unit.getStore(), true, u.targets().get(i)));
            seg.setState(TargetState.TRANSLATED);
        }
        return unit;
    }

    private static Fragment fragment20(Store store, boolean target, String text) {
        Fragment f = new Fragment(store, target);
        Matcher m = CODE.matcher(text);
        int at = 0;
        int breaks = 0;
        int bolds = 0;
        int open = 0;
        while (m.find()) {
            f.append(text.substring(at, m.start()));
            // Ids are per unit: the target's code is the source's (the n-th line break is "lb<n>").
            switch (m.group(1)) {
                case "lb" -> {
                    CTag code = f.append(TagType.STANDALONE, "lb" + ++breaks, "<br/>", false);
                    code.setType("fmt");
                    code.setSubType("xlf:lb");
                }
                case "b" -> {
                    open = ++bolds;
                    CTag code = f.append(TagType.OPENING, "b" + open, "<b>", false);
                    code.setType("fmt");
                    code.setSubType("xlf:b");
                }
                default -> {
                    CTag code = f.append(TagType.CLOSING, "b" + Math.max(open, 1), "</b>", false);
                    code.setType("fmt");
                    code.setSubType("xlf:b");
                }
            }
            at = m.end();
        }
        f.append(text.substring(at));
        return f;
    }
}
