package org.passerelle.cli.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.filterwriter.XLIFFWriter;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.Segment;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.common.resource.TextFragment.TagType;
import net.sf.okapi.filters.xliff.XLIFFFilter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.xliff.InlineCode;
import org.passerelle.xliff.SegmentPair;
import org.passerelle.xliff.TranslationUnit;

/**
 * A translation kit as Okapi tools (Rainbow, Ocelot) write it: our file read with Okapi's XLIFF
 * filter, translated, and written as a new XLIFF by Okapi's {@link XLIFFWriter} with its own
 * defaults (targets without a state attribute).
 */
class OkapiRoundTripTest {

    private static final LocaleId FR = LocaleId.fromBCP47("fr-FR");
    private static final LocaleId EN = LocaleId.fromBCP47("en-GB");

    @TempDir
    Path tmp;

    private TranslationDesk desk;
    private Map<String, String> english;

    @BeforeEach
    void setUp() throws Exception {
        desk = new TranslationDesk(tmp.resolve("desk"));
        english = TranslationDesk.englishBySentence();
    }

    @Test
    void aKitTranslatedAndWrittenByOkapiIsPublishedAndSurvivesAnEditOfTheArticle() throws Exception {
        desk.prepare();
        desk.deliver(writeWithOkapi(desk.xliff(), f -> f));
        desk.assertQaPassesAndPublishesEnglish();
        Map<String, String> delivered = TranslationDesk.targetsByUnit(desk.xliff());

        desk.editOneSentence();
        TranslationDesk.Run rePrepare = desk.prepare();
        assertTrue(rePrepare.out().contains("kept 13 translations, 1 to review, 0 removed"), rePrepare.toString());
        desk.assertEveryTranslationKept(delivered, rePrepare);
        XliffSchemas.validate12Strict(desk.xliff());
    }

    @Test
    void boldTheTranslatorPutInWithOkapiIsWrittenBackByRePrepare() throws Exception {
        desk.prepare();
        desk.deliver(writeWithOkapi(desk.xliff(), OkapiRoundTripTest::bold));
        desk.editOneSentence();
        desk.prepare();

        XliffSchemas.validate12Strict(desk.xliff());
        for (TranslationUnit u : TranslationDesk.units(desk.xliff())) {
            for (SegmentPair s : u.segments()) {
                assertEquals(List.of("OPENING 0", "CLOSING " + english.get(previousSource(s)).length()),
                        s.targetCodes().stream().map(OkapiRoundTripTest::kindAndOffset).toList(), u.id() + " " + s.id());
            }
        }
    }

    /** The French each segment had when it was translated (only the edited sentence differs). */
    private static String previousSource(SegmentPair s) {
        return s.source().replace(" un long entretien.", " un entretien.");
    }

    private static String kindAndOffset(InlineCode c) {
        return c.kind() + " " + c.offset();
    }

    private static TextFragment bold(TextFragment plain) {
        TextFragment f = new TextFragment();
        f.append(TagType.OPENING, "bold", "<b>");
        f.append(plain);
        f.append(TagType.CLOSING, "bold", "</b>");
        return f;
    }

    /** Every sentence translated with the bundled English, passed through {@code style}. */
    private Path writeWithOkapi(Path prepared, UnaryOperator<TextFragment> style) throws Exception {
        Path kit = tmp.resolve("okapi-kit.xlf");
        XLIFFWriter writer = new XLIFFWriter();
        writer.create(kit.toString(), null, FR, EN, "plaintext", prepared.getFileName().toString(), null);
        try (RawDocument raw = new RawDocument(prepared.toUri(), "UTF-8", FR, EN);
             XLIFFFilter filter = new XLIFFFilter()) {
            filter.open(raw);
            while (filter.hasNext()) {
                Event event = filter.next();
                if (event.isTextUnit()) {
                    writer.writeTextUnit(translated(event.getTextUnit(), style));
                }
            }
        } finally {
            writer.close();
        }
        return kit;
    }

    private ITextUnit translated(ITextUnit tu, UnaryOperator<TextFragment> style) {
        TextContainer target = tu.getSource().clone();
        for (Segment s : target.getSegments()) {
            s.text = style.apply(new TextFragment(english.get(s.text.getText())));
        }
        tu.setTarget(EN, target);
        return tu;
    }
}
