package org.passerelle.cli.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.passerelle.cli.glossary.CommandRun.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.passerelle.glossary.Concept;
import org.passerelle.glossary.TbxReader;
import org.passerelle.glossary.Term;
import org.passerelle.glossary.TermStatus;

/** What a terminologist runs into maintaining the sample termbase: duplicates, per-term options, exit codes, lock files. */
class GlossaryMaintenanceTest extends SampleTermbaseTest {

    private Term term(String conceptId, String lang, String text) throws Exception {
        Concept c = new TbxReader().read(tbx).concept(conceptId).orElseThrow();
        return c.terms(lang).stream().filter(t -> t.text().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void addingAConceptThatIsAlreadyThereIsRefusedAndNamesTheOtherConcept() throws Exception {
        byte[] before = Files.readAllBytes(tbx);
        CommandRun again = run("glossary", "add", tbx, "--term", "fr=Mer Orientale", "--term", "en=East Sea");
        assertEquals(2, again.code(), again::toString);
        assertEquals("passerelle: " + tbx + ": refused: the fr term 'Mer Orientale' is already preferred in concept c3"
                + " (geography): add to that concept with --concept c3, or give --allow-duplicate for a homonym",
                again.err().strip());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(tbx)), "a refused add changed the file");

        CommandRun homonym = run("glossary", "add", tbx, "--term", "fr=Mer Orientale", "--term", "en=Eastern Sea",
                "--subject", "history", "--allow-duplicate");
        assertEquals(0, homonym.code(), homonym::toString);
        assertTrue(homonym.err().contains("warning: [c54] 'Mer Orientale' (fr) is preferred in concept c3 too"
                + " (another subject field: a homonym?) (term.duplicate)"), homonym::toString);
    }

    @Test
    void validateReportsDuplicatesAndTwoPreferredTermsInOneLanguage() throws Exception {
        run("glossary", "add", tbx, "--term", "fr=Mer Orientale", "--term", "en=East Sea", "--subject", "geography",
                "--allow-duplicate");
        CommandRun second = run("glossary", "add", tbx, "--concept", "c5", "--term", "en=Deputy Foreign Minister",
                "--status", "preferred");
        assertEquals(0, second.code(), second::toString);
        assertTrue(second.err().contains("(term.preferred-twice)"), second::toString);

        CommandRun validate = run("glossary", "validate", tbx);
        assertEquals(0, validate.code(), "duplicates are warnings; the file stays usable: " + validate);
        assertTrue(validate.out().contains("[c54] 'Mer Orientale' (fr) is preferred in concept c3 too:"
                + " merge the two concepts or remove one (term.duplicate)"), validate::toString);
        assertTrue(validate.out().contains("[c5] two preferred en terms"), validate::toString);
        assertFalse(validate.out().contains(": valid, 0 errors, 0 warnings"), validate::toString);
    }

    @Test
    void typeStatusAndPartOfSpeechDescribeTheTermTheyFollow() throws Exception {
        CommandRun add = run("glossary", "add", tbx,
                "--term", "fr=Organisation du traité de l'Atlantique Nord", "--type", "fullForm",
                "--term", "fr=OTAN", "--type", "acronym", "--status", "admitted",
                "--term", "en=North Atlantic Treaty Organization", "--pos", "noun",
                "--term", "en=NATO", "--type", "acronym");
        assertEquals(0, add.code(), add::toString);
        Term full = term("c54", "fr", "Organisation du traité de l'Atlantique Nord");
        assertEquals("fullForm", full.termType(), "the French full form must not become an acronym");
        assertEquals(TermStatus.PREFERRED, full.status());
        Term otan = term("c54", "fr", "OTAN");
        assertEquals("acronym", otan.termType());
        assertEquals(TermStatus.ADMITTED, otan.status());
        assertEquals("noun", term("c54", "en", "North Atlantic Treaty Organization").partOfSpeech());
        assertEquals(null, term("c54", "en", "North Atlantic Treaty Organization").termType());
        assertEquals("acronym", term("c54", "en", "NATO").termType());
        assertEquals(0, run("glossary", "validate", tbx).code());
    }

    @Test
    void lookupWithoutAMatchExitsOneWithOneLine() {
        CommandRun r = run("glossary", "lookup", tbx, "Gâteau au chocolat", "--lang", "fr");
        assertEquals(1, r.code(), r::toString);
        assertEquals("", r.out());
        assertEquals(1, r.err().strip().lines().count(), r::toString);
        assertTrue(r.err().startsWith("passerelle: no fr term of " + tbx), r::toString);
    }

    @Test
    void noLockFileIsLeftBehindWhetherTheEditWorkedOrFailed() throws Exception {
        assertEquals(0, run("glossary", "add", tbx, "--term", "fr=Année croisée", "--term", "en=Cross Year").code());
        assertEquals(2, run("glossary", "add", tbx, "--term", "fr=Mer Orientale", "--term", "en=East Sea").code());
        assertEquals(2, run("glossary", "remove", tbx, "--concept", "no-such-concept").code());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("termbase.tbx"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aTermWithAControlCharacterIsRefusedBeforeItReachesTheFile() throws Exception {
        byte[] before = Files.readAllBytes(tbx);
        CommandRun r = run("glossary", "add", tbx, "--term", "fr=Mer\u0001Orientale", "--term", "en=Sea");
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("control character U+0001"), r::toString);
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(tbx)));
    }
}
