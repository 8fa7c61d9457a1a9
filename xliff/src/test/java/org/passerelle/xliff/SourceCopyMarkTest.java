package org.passerelle.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import net.sf.okapi.common.resource.Segment;
import net.sf.okapi.common.resource.TextFragment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.glossary.Termbase;

/**
 * {@code --copy-source} targets are marked, and a tool that only replaces their text (as OmegaT 3.6
 * does, leaving {@code state="needs-translation"}) leaves units that read as translated once their
 * text differs from the source. The real OmegaT runs in the cli's round-trip tests.
 */
class SourceCopyMarkTest {

    private static final String TITLE = "Renforcer la coopération de défense Vietnam - Russie";
    private static final String BODY = "Le ministre a reçu la délégation. Les deux parties ont signé un accord.";
    private static final String CREDIT = "-VNA";

    @TempDir
    Path out;

    private final XliffPreparer preparer = new XliffPreparer(new Termbase("fr", List.of()), XliffVersion.V1_2)
            .withSourceCopiedToTargets(true);

    @Test
    void copiedTargetsCarryTheMarkAndStayValid() throws Exception {
        Path file = prepare(BODY);
        XliffPreparerTest.assertSchemaValid(file, XliffVersion.V1_2);
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(xml.contains("state=\"needs-translation\" state-qualifier=\"x-passerelle-source-copied\""), xml);
    }

    @Test
    void aMarkedTargetReadsTranslatedOnlyWhenEverySentenceWasReplaced() throws Exception {
        Path file = prepare(BODY);
        replaceTargets(file, Map.of(TITLE, "Strengthening Vietnam - Russia defence cooperation",
                "Le ministre a reçu la délégation.", "The minister received the delegation."));
        List<TranslationUnit> units = XliffPreparerTest.read(file);

        assertEquals(TranslationState.TRANSLATED, units.get(0).state(), "title replaced");
        assertEquals(TranslationState.NOT_TRANSLATED, units.get(1).state(), "second sentence still the French copy");
    }

    @Test
    void aMarkedCopyWithNothingToTranslateReadsTranslated() throws Exception {
        Path file = prepare(CREDIT);
        TranslationUnit credit = XliffPreparerTest.read(file).get(1);
        assertEquals(CREDIT, credit.targetText());
        assertEquals(TranslationState.TRANSLATED, credit.state(), "names and acronyms rightly stay the same");
        assertEquals(TranslationState.NOT_TRANSLATED, XliffPreparerTest.read(file).get(0).state(), "the title is text");
    }

    @Test
    void rePrepareKeepsWhatWasTranslatedAndDoesNotCountCopiesAsTranslations() throws Exception {
        Path file = prepare(BODY);
        replaceTargets(file, Map.of("Le ministre a reçu la délégation.", "The minister received the delegation."));

        PrepareResult again = preparer.prepare(XliffPreparerTest.article("art", TITLE,
                "Le ministre a reçu la délégation. Les deux parties ont signé un nouvel accord."), "en", out);

        assertEquals(1, again.kept(), "only the translated sentence is a translation");
        assertEquals(0, again.toReview(), "the copy of the edited sentence is not an old translation to review");
        TranslationUnit body = XliffPreparerTest.read(file).get(1);
        assertEquals("The minister received the delegation.", body.segments().get(0).target());
        assertEquals(body.segments().get(1).source(), body.segments().get(1).target(), "the new sentence copied again");
        assertEquals(TranslationState.NOT_TRANSLATED, body.state());
        XliffPreparerTest.assertSchemaValid(file, XliffVersion.V1_2);
    }

    @Test
    void withoutCopySourceTheSameFileComesBackWithoutTheCopies() throws Exception {
        Path file = prepare(BODY);
        new XliffPreparer(new Termbase("fr", List.of()), XliffVersion.V1_2)
                .prepare(XliffPreparerTest.article("art", TITLE, BODY), "en", out);
        for (TranslationUnit u : XliffPreparerTest.read(file)) {
            assertNull(u.targetText(), u.id());
        }
    }

    private Path prepare(String paragraph) throws Exception {
        return preparer.prepare(XliffPreparerTest.article("art", TITLE, paragraph), "en", out).file();
    }

    /** A tool that writes translations into the existing targets and leaves their attributes alone. */
    private static void replaceTargets(Path file, Map<String, String> bySource) throws Exception {
        OkapiTranslator.translate(file, (tu, en) -> {
            for (Segment s : tu.getTarget(en).getSegments()) {
                String translation = bySource.get(tu.getSource().getSegments().get(s.getId()).text.getText());
                if (translation != null) {
                    s.text = new TextFragment(translation);
                }
            }
        });
    }
}
