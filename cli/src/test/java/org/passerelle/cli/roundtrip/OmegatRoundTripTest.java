package org.passerelle.cli.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.xliff.SegmentPair;
import org.passerelle.xliff.TranslationState;
import org.passerelle.xliff.TranslationUnit;

/**
 * The README's OmegaT 3.6 recipe, with the real OmegaT in console mode: prepare with
 * {@code --copy-source}, translate in an OmegaT project from a translation memory, QA, publish,
 * edit the article, prepare again. OmegaT leaves {@code state="needs-translation"} on every target;
 * what tells a translated unit is our mark with a text that no longer equals the source.
 */
class OmegatRoundTripTest {

    @TempDir
    Path tmp;

    private ExternalTool omegat;
    private TranslationDesk desk;

    @BeforeEach
    void setUp() throws Exception {
        omegat = ExternalTool.require("omegat", "omegat");
        desk = new TranslationDesk(tmp.resolve("desk"));
    }

    @Test
    void everySentenceTranslatedInOmegatIsPublishedAndSurvivesAnEditOfTheArticle() throws Exception {
        desk.prepare("--copy-source");
        Map<String, String> english = TranslationDesk.englishBySentence();
        Path translated = translateInOmegat(english);

        for (TranslationUnit u : TranslationDesk.units(translated)) {
            for (SegmentPair s : u.segments()) {
                assertEquals(english.get(s.source()), s.target(), "OmegaT filled " + u.id() + " from the memory");
            }
            assertTrue(u.isTranslated(), u.id() + " reads as translated, state " + u.state());
        }
        assertTrue(Files.readString(translated, StandardCharsets.UTF_8).contains("state=\"needs-translation\""),
                "OmegaT 3.6 does not change the state it was given");

        desk.deliver(translated);
        desk.assertQaPassesAndPublishesEnglish();
        desk.assertArticleNotesKept();
        Map<String, String> delivered = TranslationDesk.targetsByUnit(desk.xliff());

        desk.editOneSentence();
        TranslationDesk.Run rePrepare = desk.prepare("--copy-source");
        assertTrue(rePrepare.out().contains("kept 13 translations, 1 to review"), rePrepare.toString());
        desk.assertEveryTranslationKept(delivered, rePrepare);
    }

    @Test
    void aSentenceOmegatLeftUntranslatedStaysUntranslatedAndPublishRefusesTheFile() throws Exception {
        desk.prepare("--copy-source");
        Map<String, String> english = new LinkedHashMap<>(TranslationDesk.englishBySentence());
        english.remove(TranslationDesk.EDITED_SENTENCE);
        desk.deliver(translateInOmegat(english));

        TranslationUnit open = TranslationDesk.units(desk.xliff()).stream()
                .filter(u -> u.sourceText().contains(TranslationDesk.EDITED_SENTENCE)).findFirst().orElseThrow();
        assertEquals(TranslationState.NOT_TRANSLATED, open.state(), "the copied source left as it was");
        TranslationDesk.Run qa = TranslationDesk.run("qa", desk.xliff().toString(), "--fail-on", "error");
        assertEquals(1, qa.code(), qa.toString());
        assertTrue(qa.out().contains(open.id() + ": error: target.empty"), qa.toString());

        TranslationDesk.Run rePrepare = desk.prepare("--copy-source");
        assertTrue(rePrepare.out().contains("kept 13 translations, 0 to review, 0 removed"), rePrepare.toString());
    }

    /** An OmegaT project with our file as source and the memory in tm/auto, compiled in console mode. */
    private Path translateInOmegat(Map<String, String> memory) throws Exception {
        OmegatProject project = OmegatProject.create(tmp.resolve("omegat-project"), "fr-FR", "en-GB");
        Path source = project.addSource(desk.xliff());
        project.addMemory("english.tmx", "fr-FR", "en-GB", memory);
        omegat.run(tmp, tmp.resolve("omegat-home"), List.of("-Djava.awt.headless=true"),
                "--mode=console-translate", project.dir().toString());
        return project.translated(source);
    }
}
