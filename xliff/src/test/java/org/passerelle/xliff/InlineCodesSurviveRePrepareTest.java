package org.passerelle.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.sf.okapi.common.IResource;
import net.sf.okapi.common.resource.Property;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.common.resource.TextFragment.TagType;
import net.sf.okapi.lib.xliff2.core.Fragment;
import net.sf.okapi.lib.xliff2.core.Segment;
import net.sf.okapi.lib.xliff2.core.Unit;
import net.sf.okapi.lib.xliff2.reader.Event;
import net.sf.okapi.lib.xliff2.reader.XLIFFReader;
import net.sf.okapi.lib.xliff2.writer.XLIFFWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.glossary.Termbase;

/**
 * A translator's tool puts bold and a line break into a translation; preparing the article again
 * must write them back, in XLIFF 1.2 and 2.1, with the file still valid.
 */
class InlineCodesSurviveRePrepareTest {

    private static final String TITLE = "Renforcer la coopération de défense Vietnam - Russie";
    private static final String BODY = "Le ministre a reçu la délégation. Les deux parties ont signé un accord.";
    private static final List<String> EXPECTED = List.of("1 OPENING 0", "1 CLOSING 6", "2 PLACEHOLDER 11");
    private static final List<String> EXPECTED_2 = List.of("c1 OPENING 0", "c1 CLOSING 6", "c2 PLACEHOLDER 11");

    @TempDir
    Path out;

    @Test
    void xliff12() throws Exception {
        XliffPreparer preparer = new XliffPreparer(new Termbase("fr", List.of()), XliffVersion.V1_2);
        Path file = preparer.prepare(XliffPreparerTest.article("art", TITLE, BODY), "en", out).file();
        translateWithCodes12(file);
        assertEquals(EXPECTED, titleTargetCodes(file), "the translator's codes, as Okapi wrote them");

        preparer.prepare(XliffPreparerTest.article("art", TITLE, BODY), "en", out);

        XliffPreparerTest.assertSchemaValid(file, XliffVersion.V1_2);
        assertEquals(EXPECTED, titleTargetCodes(file));
        assertEquals("Defend the cooperation", XliffPreparerTest.read(file).get(0).targetText());
    }

    @Test
    void xliff21() throws Exception {
        XliffPreparer preparer = new XliffPreparer(new Termbase("fr", List.of()), XliffVersion.V2);
        Path file = preparer.prepare(XliffPreparerTest.article("art", TITLE, BODY), "vi", out).file();
        translateWithCodes2(file);
        assertEquals(EXPECTED_2, titleTargetCodes(file), "the translator's codes, as lib-xliff2 wrote them");

        PrepareResult again = preparer.prepare(XliffPreparerTest.article("art", TITLE, BODY), "vi", out);

        assertEquals(1, again.kept());
        XliffPreparerTest.assertSchemaValid(file, XliffVersion.V2);
        assertEquals(EXPECTED_2, titleTargetCodes(file));
        assertEquals(TranslationState.TRANSLATED, XliffPreparerTest.read(file).get(0).state());
    }

    private static List<String> titleTargetCodes(Path file) throws Exception {
        SegmentPair s = XliffPreparerTest.read(file).get(0).segments().get(0);
        return s.targetCodes().stream().map(c -> c.id() + " " + c.kind() + " " + c.offset()).toList();
    }

    /** "<g id='1'>Defend</g> the <x id='2'/>cooperation", written by Okapi's own XLIFF filter writer. */
    private static void translateWithCodes12(Path file) throws Exception {
        OkapiTranslator.translate(file, (tu, en) -> {
            if (!tu.getName().startsWith("title")) {
                return;
            }
            TextContainer target = tu.createTarget(en, true, IResource.COPY_SEGMENTATION);
            TextFragment f = new TextFragment();
            f.append(TagType.OPENING, "bold", "<g id=\"1\">", 1);
            f.append("Defend");
            f.append(TagType.CLOSING, "bold", "</g>", 1);
            f.append(" the ");
            f.append(TagType.PLACEHOLDER, "lb", "<x id=\"2\"/>", 2);
            f.append("cooperation");
            target.getFirstSegment().text = f;
            target.setProperty(new Property("state", "translated"));
        });
    }

    /** The same translation as pc and ph, written by lib-xliff2. */
    private static void translateWithCodes2(Path file) throws Exception {
        Path edited = file.resolveSibling("edited.xlf");
        try (XLIFFReader reader = new XLIFFReader(XLIFFReader.VALIDATION_MAXIMAL);
             XLIFFWriter writer = new XLIFFWriter();
             OutputStreamWriter w = new OutputStreamWriter(Files.newOutputStream(edited), StandardCharsets.UTF_8)) {
            reader.open(file.toFile());
            writer.create(w, null);
            while (reader.hasNext()) {
                Event event = reader.next();
                if (event.isUnit() && event.getUnit().getName().startsWith("title")) {
                    Unit unit = event.getUnit();
                    Segment s = unit.getSegment(0);
                    Fragment f = new Fragment(unit.getStore(), true);
                    f.openCodeSpan("c1", null);
                    f.append("Defend");
                    f.closeCodeSpan("c1", null);
                    f.append(" the ");
                    f.appendCode("c2", null);
                    f.append("cooperation");
                    s.setTarget(f);
                    s.setState("translated");
                }
                writer.writeEvent(event);
            }
        }
        Files.move(edited, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
