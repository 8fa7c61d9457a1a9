package org.passerelle.cli.glossary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.passerelle.cli.glossary.CommandRun.entries;
import static org.passerelle.cli.glossary.CommandRun.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.passerelle.glossary.Concept;
import org.passerelle.glossary.TbxReader;
import org.passerelle.glossary.Term;
import org.passerelle.glossary.TermStatus;
import org.passerelle.glossary.Termbase;

/** add, set, deprecate and remove on a copy of the sample termbase, checked in the file they wrote. */
class GlossaryEditCommandsTest extends SampleTermbaseTest {
    @Test
    void anAddedConceptIsFoundByAnInflectedForm() throws Exception {
        CommandRun add = run("glossary", "add", tbx, "--term", "fr=Année croisée de la culture",
                "--term", "en=Cultural Cross Year", "--term", "vi=Năm chéo văn hóa",
                "--subject", "diplomacy", "--note", "From the 2026 articles.");
        assertEquals(0, add.code(), add::toString);
        assertEquals(tbx + ": added concept c54: fr 'Année croisée de la culture' (preferred), en 'Cultural Cross Year'"
                + " (preferred), vi 'Năm chéo văn hóa' (preferred); subject field set, note set", add.out().strip());

        CommandRun fr = run("glossary", "lookup", tbx, "années croisées de la culture", "--lang", "fr");
        assertEquals(0, fr.code(), fr::toString);
        assertTrue(fr.out().startsWith("c54 (diplomacy)"), fr::toString);
        assertTrue(fr.out().contains("en: Cultural Cross Year [preferred]"), fr::toString);
        assertTrue(fr.out().contains("note: From the 2026 articles."), fr::toString);
        CommandRun en = run("glossary", "lookup", tbx, "Cultural Cross Years", "--lang", "en");
        assertTrue(en.out().startsWith("c54 "), en::toString);
    }

    @Test
    void termsAddedToAConceptLeaveEveryOtherEntryByteIdentical() throws Exception {
        Map<String, String> before = entries(tbx);
        String prolog = Files.readString(tbx).substring(0, Files.readString(tbx).indexOf("<conceptEntry"));

        CommandRun add = run("glossary", "add", tbx, "--concept", "c3", "--term", "en:deprecated=West Philippine Sea",
                "--term", "vi=Biển Đông Việt Nam");
        assertEquals(0, add.code(), add::toString);
        assertEquals(tbx + ": added to concept c3: en 'West Philippine Sea' (deprecated), vi 'Biển Đông Việt Nam' (admitted)",
                add.out().strip());

        Map<String, String> after = entries(tbx);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((id, text) -> {
            if (!id.equals("c3")) {
                assertEquals(text, after.get(id), "concept " + id + " was not touched and must be written back as read");
            }
        });
        assertTrue(after.get("c3").startsWith(before.get("c3").substring(0, before.get("c3").indexOf("<langSec"))),
                "c3 keeps its subject field, definition and note as written");
        assertTrue(Files.readString(tbx).startsWith(prolog), "header kept as written");
        Concept c3 = read().concept("c3").orElseThrow();
        assertEquals(TermStatus.DEPRECATED, term(c3, "en", "West Philippine Sea").status());
        assertEquals(TermStatus.ADMITTED, term(c3, "vi", "Biển Đông Việt Nam").status());
    }

    @Test
    void deprecateInFavourOfAnotherTermMakesThatOneTheRequiredEquivalent() throws Exception {
        run("glossary", "add", tbx, "--concept", "c3", "--term", "en=Eastern Sea");
        CommandRun deprecate = run("glossary", "deprecate", tbx, "--term", "en=Eastern Sea", "--in-favour-of", "East Sea");
        assertEquals(0, deprecate.code(), deprecate::toString);
        assertEquals(tbx + ": concept c3: en 'Eastern Sea' is now deprecated, en 'East Sea' preferred", deprecate.out().strip());

        Concept c3 = read().concept("c3").orElseThrow();
        assertEquals(TermStatus.DEPRECATED, term(c3, "en", "Eastern Sea").status());
        assertEquals("East Sea", c3.preferred("en").orElseThrow().text());
        CommandRun lookup = run("glossary", "lookup", tbx, "Eastern Sea", "--lang", "en");
        assertTrue(lookup.out().contains("'Eastern Sea' is deprecated: use 'East Sea'"), lookup::toString);

        // A replacement that is not in the concept yet is added as its preferred term.
        CommandRun withNew = run("glossary", "deprecate", tbx, "--term", "vi=Thứ trưởng", "--in-favour-of", "Thứ trưởng Bộ");
        assertEquals(0, withNew.code(), withNew::toString);
        Concept c5 = read().concept("c5").orElseThrow();
        assertEquals(TermStatus.DEPRECATED, term(c5, "vi", "Thứ trưởng").status());
        assertEquals(TermStatus.PREFERRED, term(c5, "vi", "Thứ trưởng Bộ").status());
    }

    @Test
    void setChangesATermStatusOrTheConceptFields() throws Exception {
        CommandRun status = run("glossary", "set", tbx, "--term", "en=Vice Minister", "--status", "deprecated");
        assertEquals(0, status.code(), status::toString);
        assertEquals(tbx + ": concept c5: en 'Vice Minister' is now deprecated", status.out().strip());

        CommandRun fields = run("glossary", "set", tbx, "--concept", "c5", "--note", "VNA style: Deputy Minister.",
                "--definition", "");
        assertEquals(0, fields.code(), fields::toString);
        assertEquals(tbx + ": concept c5: definition removed, note set", fields.out().strip());

        Concept c5 = read().concept("c5").orElseThrow();
        assertEquals(TermStatus.DEPRECATED, term(c5, "en", "Vice Minister").status());
        assertEquals("VNA style: Deputy Minister.", c5.note());
        assertEquals(null, c5.definition());
        assertEquals("government", c5.subjectField());
    }

    @Test
    void removeATermThenAConcept() throws Exception {
        CommandRun term = run("glossary", "remove", tbx, "--term", "en=Vice Minister");
        assertEquals(0, term.code(), term::toString);
        assertEquals(tbx + ": removed the en term 'Vice Minister'", term.out().strip());
        assertTrue(read().concept("c5").orElseThrow().terms("en").stream().noneMatch(t -> t.text().equals("Vice Minister")));

        CommandRun concept = run("glossary", "remove", tbx, "--concept", "c52");
        assertEquals(0, concept.code(), concept::toString);
        assertEquals(tbx + ": removed concept c52", concept.out().strip());
        assertEquals(52, read().size());
        CommandRun lookup = run("glossary", "lookup", tbx, "ambassadeur", "--lang", "fr");
        assertEquals(1, lookup.code(), lookup::toString);
        assertEquals("passerelle: no fr term of " + tbx + " in 'ambassadeur'", lookup.err().strip());
    }

    @Test
    void anEditThatWouldMakeTheTermbaseInvalidIsRefusedAndTheFileStaysByteIdentical() throws Exception {
        byte[] before = Files.readAllBytes(tbx);
        // "South China Sea" is forbidden in c3: allowing it in a new concept would require and forbid it at once.
        CommandRun r = run("glossary", "add", tbx, "--term", "fr=Mer de Chine méridionale", "--term", "en=South China Sea");
        assertEquals(2, r.code(), r::toString);
        assertEquals(1, r.err().strip().lines().count(), r::toString);
        assertTrue(r.err().startsWith("passerelle: " + tbx + ": refused: the termbase would become invalid: [c3]"), r::toString);
        assertTrue(r.err().contains("'South China Sea' (en) is deprecated here but preferred in concept c54"), r::toString);
        assertEquals("", r.out());
        assertArrayEquals(before, Files.readAllBytes(tbx));

        for (String[] args : List.of(
                new String[] {"remove", "--concept", "c999"},
                new String[] {"set", "--term", "en=No Such Term", "--status", "preferred"},
                new String[] {"add", "--concept", "c1", "--term", "en=comprehensive strategic partnership"},
                new String[] {"add", "--concept", "1st", "--term", "en=Something"})) {
            String[] full = new String[args.length + 2];
            full[0] = "glossary";
            full[1] = args[0];
            full[2] = tbx.toString();
            System.arraycopy(args, 1, full, 3, args.length - 1);
            CommandRun refused = run((Object[]) full);
            assertEquals(2, refused.code(), refused::toString);
            assertTrue(refused.err().startsWith("passerelle: " + tbx + ": "), refused::toString);
            assertArrayEquals(before, Files.readAllBytes(tbx), "file changed by " + String.join(" ", args));
        }
    }

    @Test
    void usageMistakesAreExitTwoWithOneLineAndTouchNothing() throws Exception {
        byte[] before = Files.readAllBytes(tbx);
        for (String[] args : List.of(
                new String[] {"add", "--term", "East Sea"},
                new String[] {"add", "--term", "vn=Biển Đông"},
                new String[] {"add", "--term", "en=X", "--status", "forbidden"},
                new String[] {"add", "--term", "en=X", "--type", "accronym"},
                new String[] {"set", "--term", "en=East Sea"},
                new String[] {"deprecate", "--term", "en:preferred=East Sea"},
                new String[] {"remove"})) {
            String[] full = new String[args.length + 2];
            full[0] = "glossary";
            full[1] = args[0];
            full[2] = tbx.toString();
            System.arraycopy(args, 1, full, 3, args.length - 1);
            CommandRun r = run((Object[]) full);
            assertEquals(2, r.code(), r::toString);
            assertEquals(1, r.err().strip().lines().count(), r::toString);
            assertTrue(r.err().contains("--help"), r::toString);
        }
        assertArrayEquals(before, Files.readAllBytes(tbx));
    }

    @Test
    void twoEditorsAtOnceBothKeepTheirConcepts() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<CommandRun>> runs = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String word = "concurrent" + i;
                runs.add(pool.submit(() -> run("glossary", "add", tbx, "--term", "fr=" + word, "--term", "en=" + word + " en")));
            }
            for (Future<CommandRun> f : runs) {
                assertEquals(0, f.get().code(), f.get()::toString);
            }
        } finally {
            pool.shutdown();
        }
        Termbase tb = read();
        assertEquals(59, tb.size());
        for (int i = 0; i < 6; i++) {
            String word = "concurrent" + i;
            assertTrue(tb.concepts().stream().anyMatch(c -> c.terms("fr").stream().anyMatch(t -> t.text().equals(word))), word);
        }
    }

    private Termbase read() throws Exception {
        return new TbxReader().read(tbx);
    }

    private static Term term(Concept c, String lang, String text) {
        return c.terms(lang).stream().filter(t -> t.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + lang + " '" + text + "' in " + c));
    }

    @Test
    void editingAFileInTheDraftNamespaceSaysItIsConvertedAndKeepsItsDctElements() throws Exception {
        Path draft = dir.resolve("ltac.tbx");
        Files.copy(Path.of("..", "glossary", "src", "test", "resources", "tbx", "ltac-style-draft-namespace-dct.tbx"), draft);
        CommandRun set = run("glossary", "set", draft, "--term", "en=Integral Strategic Partnership", "--status", "deprecated");
        assertEquals(0, set.code(), set::toString);
        assertEquals(draft + ": concept c1: en 'Integral Strategic Partnership' is now deprecated (written in the ISO 30042:2019"
                + " namespace urn:iso:std:iso:30042:ed-2; the file used the draft urn:iso:std:iso:30042:ed:3.0)", set.out().strip());
        String written = Files.readString(draft);
        assertTrue(written.contains("xmlns=\"urn:iso:std:iso:30042:ed-2\""), written);
        assertTrue(written.contains("<basic:responsibility target=\"desk-editor\">Lan</basic:responsibility>"), written);
        assertTrue(written.contains("<min:administrativeStatus>deprecatedTerm-admn-sts</min:administrativeStatus>"), written);
        assertTrue(!written.contains("<termNote") && !written.contains("supersededTerm"), written);
        assertTrue(written.contains("<item type=\"email\">lan@example.org</item>"), "the back matter is kept");
        CommandRun validate = run("glossary", "validate", draft);
        assertEquals(0, validate.code(), validate::toString);
        assertTrue(!validate.out().contains("tbx.namespace"), validate::toString);
    }
}
