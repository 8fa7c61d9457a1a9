package org.passerelle.glossary.edit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.glossary.Concept;
import org.passerelle.glossary.CsvTermbase;
import org.passerelle.glossary.TbxReader;
import org.passerelle.glossary.Term;
import org.passerelle.glossary.TermStatus;
import org.passerelle.glossary.Termbase;
import org.passerelle.glossary.TermbaseFormat;
import org.passerelle.glossary.validate.TbxValidator;

class TermbaseEditorTest {
    @TempDir
    Path dir;
    Path file;
    TermbaseEditor editor;

    @BeforeEach
    void copySample() throws Exception {
        file = dir.resolve("termbase.tbx");
        Files.copy(Path.of("..", "samples", "termbase.tbx"), file);
        editor = new TermbaseEditor(file);
    }

    private Termbase read() throws Exception {
        return new TbxReader().read(file);
    }

    @Test
    void addsANewConceptWithTheNextIdAndKeepsEveryOtherEntryAsItWas() throws Exception {
        String before = Files.readString(file);
        Concept added = editor.add(null, List.of(new Term("Đại tướng", "vi", TermStatus.PREFERRED, null),
                new Term("général d'armée", "fr", TermStatus.PREFERRED, null),
                new Term("General", "en", TermStatus.PREFERRED, null)));
        assertEquals("c54", added.id());
        String after = Files.readString(file);
        int end = before.lastIndexOf("  </body>");
        assertEquals(before.substring(0, end), after.substring(0, end), "entries before the new one changed");
        assertTrue(after.substring(end).contains("<conceptEntry id=\"c54\">"));
        assertEquals(List.of(), new TbxValidator().validate(file).stream()
                .filter(p -> p.severity() == org.passerelle.glossary.validate.Problem.Severity.ERROR).toList());
    }

    @Test
    void addsATermToAConceptAndDeprecatesInFavourOfAnother() throws Exception {
        editor.add("c3", List.of(new Term("mer de Chine méridionale", "fr", TermStatus.DEPRECATED, null)));
        Concept c5 = editor.deprecate(null, "en", "Deputy Minister", "Vice Minister");
        assertEquals(TermStatus.DEPRECATED, EditorHelp.term(c5, "en", "Deputy Minister").status());
        assertEquals("Vice Minister", c5.preferred("en").orElseThrow().text());
        Termbase tb = read();
        assertEquals(List.of("South China Sea"), tb.concept("c3").orElseThrow().forbidden("en").stream().map(Term::text).toList());
        assertEquals(List.of("mer de Chine méridionale"), tb.concept("c3").orElseThrow().forbidden("fr").stream().map(Term::text).toList());
        assertEquals(c5, tb.concept("c5").orElseThrow());
    }

    @Test
    void refusesAnEditThatWouldMakeTheTermbaseInvalidAndLeavesTheFileAlone() throws Exception {
        byte[] before = Files.readAllBytes(file);
        EditRefusedException conflict = assertThrows(EditRefusedException.class, () -> editor.add(null, List.of(
                new Term("mer de Chine du Sud", "fr", TermStatus.PREFERRED, null),
                new Term("South China Sea", "en", TermStatus.PREFERRED, null))));
        assertTrue(conflict.getMessage().contains("South China Sea"), conflict.getMessage());
        assertThrows(EditRefusedException.class, () -> editor.add("c3", List.of(new Term("East Sea", "en", TermStatus.ADMITTED, null))));
        assertThrows(EditRefusedException.class, () -> editor.add(null, List.of(new Term("Biển Đông", "vietnamese", TermStatus.PREFERRED, null))));
        assertThrows(EditRefusedException.class, () -> editor.setStatus(null, "en", "Atlantis", TermStatus.PREFERRED));
        assertThrows(EditRefusedException.class, () -> editor.removeConcept("c999"));
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void removesTermsAndConcepts() throws Exception {
        editor.removeTerm("c5", "en", "Vice Minister");
        editor.removeConcept("c53");
        Termbase tb = read();
        assertEquals(List.of("Deputy Minister"), tb.concept("c5").orElseThrow().terms("en").stream().map(Term::text).toList());
        assertTrue(tb.concept("c53").isEmpty());
        assertEquals(52, tb.size());
    }

    /** Work for {@link #atOnce}. */
    interface Job {
        void run() throws Exception;
    }

    /** Runs the jobs on threads of their own at the same time; returns what they threw. */
    private static List<Throwable> atOnce(List<Job> jobs) throws InterruptedException {
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (Job job : jobs) {
            Thread t = new Thread(() -> {
                try {
                    job.run();
                } catch (Exception e) {
                    failures.add(e);
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        return failures;
    }

    @Test
    void twoThreadsEditingAtOnceLoseNothing() throws Exception {
        List<Throwable> failures = atOnce(List.of(
                () -> EditorProcess.main(new String[] {file.toString(), "a", "8"}),
                () -> EditorProcess.main(new String[] {file.toString(), "b", "8"})));
        assertEquals(List.of(), failures);
        assertEquals(53 + 16, read().size());
    }

    @Test
    void twoProcessesEditingAtOnceLoseNothing() throws Exception {
        editInTwoProcesses(file, file);
    }

    @Test
    void twoProcessesEditingThroughDifferentLinksExcludeEachOther() throws Exception {
        // One editor through a link beside the termbase, the other through a link in a linked directory.
        Path beside = Files.createSymbolicLink(dir.resolve("glossary.tbx"), file.getFileName());
        Path project = Files.createDirectory(dir.resolve("project"));
        Path linkedDir = Files.createSymbolicLink(dir.resolve("project-link"), project.getFileName());
        Files.createSymbolicLink(project.resolve("terms.tbx"), Path.of("..", "termbase.tbx"));
        editInTwoProcesses(beside, linkedDir.resolve("terms.tbx"));
        assertTrue(Files.isSymbolicLink(beside) && Files.isSymbolicLink(project.resolve("terms.tbx")), "the links are kept");
        try (Stream<Path> left = Stream.concat(Files.list(dir), Files.list(project))) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().endsWith(".lock")).toList(),
                    "a lock file was left behind");
        }
    }

    /** Adds six concepts through {@code first} and six through {@code second} at once, each in a process of its own. */
    private void editInTwoProcesses(Path first, Path second) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("java.class.path");
        Map<String, Path> editors = Map.of("p", first, "q", second);
        List<Process> processes = new ArrayList<>();
        for (Map.Entry<String, Path> editor : editors.entrySet()) {
            String prefix = editor.getKey();
            processes.add(new ProcessBuilder(java, "-cp", classpath, EditorProcess.class.getName(), editor.getValue().toString(),
                    prefix, "6").redirectErrorStream(true).redirectOutput(dir.resolve(prefix + ".log").toFile()).start());
        }
        for (Process p : processes) {
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "editor process hung");
            assertEquals(0, p.exitValue(), Files.readString(dir.resolve("p.log")) + Files.readString(dir.resolve("q.log")));
        }
        Set<String> ids = read().concepts().stream().map(Concept::id).collect(Collectors.toSet());
        for (int i = 0; i < 6; i++) {
            assertTrue(ids.contains("p" + i) && ids.contains("q" + i), "lost an edit: " + ids);
        }
    }

    @Test
    void csvExportAndImportKeepTermsStatusesAndFields() throws Exception {
        Termbase sample = read();
        Path csv = dir.resolve("termbase.csv");
        TermbaseFormat.CSV.write(sample, csv);
        String text = Files.readString(csv);
        assertTrue(text.startsWith("\uFEFFid,fr,fr termType,fr partOfSpeech,fr context,fr admitted,fr admitted termType,"
                + "fr admitted partOfSpeech,en,en termType,"), text.lines().findFirst().orElse(""));
        assertTrue(text.contains("\r\n"), "a new CSV has Excel's line ends");
        Termbase back = new TbxReader().read(csv);
        assertEquals(sample.size(), back.size());
        for (Concept c : sample.concepts()) {
            Concept d = back.concept(c.id()).orElseThrow();
            assertEquals(statusSet(c), statusSet(d), c.id());
            assertEquals(c.terms(), d.terms(), "type, part of speech and context of every term of " + c.id());
            assertEquals(c.definition(), d.definition());
            assertEquals(c.note(), d.note());
            assertEquals(c.subjectField(), d.subjectField());
        }
        // And an edit of the CSV file itself stays CSV.
        new TermbaseEditor(csv).add("c3", List.of(new Term("mer de Chine méridionale", "fr", TermStatus.DEPRECATED, null)));
        assertTrue(Files.readString(csv).contains("mer de Chine méridionale"));
        StringWriter out = new StringWriter();
        new CsvTermbase().write(new TbxReader().read(csv), out);
        assertTrue(out.toString().contains("fr deprecated"));
    }

    @Test
    void importsASpreadsheetMergingConceptsById() throws Exception {
        Path csv = dir.resolve("update.csv");
        Files.writeString(csv, "id,fr,en,en deprecated,vi,note\n"
                + "c3,Mer Orientale,East Sea,South China Sea | South Sea,Biển Đông,\n"
                + "c99,Mer de Chine,Sea of China,,Biển Trung Hoa,new concept\n");
        TermbaseEditor.ImportResult result = editor.importFrom(new TbxReader().read(csv));
        assertEquals(1, result.added(), result::toString);
        assertEquals(1, result.changed(), result::toString);
        assertEquals(0, result.removed(), "a TBX-style merge removes nothing: " + result);
        Termbase tb = read();
        assertEquals(List.of("South China Sea", "South Sea"),
                tb.concept("c3").orElseThrow().forbidden("en").stream().map(Term::text).toList());
        // What the spreadsheet does not carry (the context, part of speech, Vietnamese forbidden term) stays.
        assertEquals(List.of("Biển Nam Trung Hoa"), tb.concept("c3").orElseThrow().forbidden("vi").stream().map(Term::text).toList());
        assertTrue(Files.readString(file).contains("<descrip type=\"context\">la Déclaration sur la conduite des parties en Mer Orientale (DOC)</descrip>"));
        assertEquals("new concept", tb.concept("c99").orElseThrow().note());
    }

    @Test
    void anEditedTsvOrSemicolonCsvKeepsItsDelimiter() throws Exception {
        Path tsv = dir.resolve("termbase.tsv");
        Files.writeString(tsv, "id\tfr\ten\ten deprecated\tnote\nc1\tMer Orientale\tEast Sea\tSouth China Sea\tthe user's fixed equivalent\n");
        new TermbaseEditor(tsv).add("c1", List.of(new Term("Sea of the East", "en", TermStatus.ADMITTED, null)));
        List<String> lines = Files.readAllLines(tsv);
        assertEquals("id\tfr\ten\ten admitted\ten deprecated\tsubjectField\tdefinition\tnote", lines.get(0));
        assertEquals("c1\tMer Orientale\tEast Sea\tSea of the East\tSouth China Sea\t\t\tthe user's fixed equivalent", lines.get(1));

        Path excel = dir.resolve("excel.csv");
        Files.writeString(excel, "id;fr;en\nc1;Mer Orientale;East Sea\n");
        new TermbaseEditor(excel).setStatus(null, "en", "East Sea", TermStatus.PREFERRED);
        new TermbaseEditor(excel).add("c1", List.of(new Term("Biển Đông", "vi", TermStatus.PREFERRED, null)));
        assertEquals("id;fr;en;vi;subjectField;definition;note", Files.readAllLines(excel).get(0));
    }

    @Test
    void anAdditionSetsTheConceptFieldsAndTheDefaultStatusInOneEdit() throws Exception {
        ConceptAddition addition = new ConceptAddition("c3",
                List.of(new ConceptAddition.NewTerm("en", "Eastern Sea", null, "variant")),
                new ConceptFields("geography", null, ""), false);
        Concept c3 = editor.add(addition);
        assertTrue(!addition.created());
        assertEquals(TermStatus.ADMITTED, EditorHelp.term(c3, "en", "Eastern Sea").status(), "a synonym is admitted, not preferred");
        assertEquals("variant", EditorHelp.term(read().concept("c3").orElseThrow(), "en", "Eastern Sea").termType());
        assertEquals("geography", read().concept("c3").orElseThrow().subjectField());
        assertEquals(null, read().concept("c3").orElseThrow().note());

        String before = Files.readString(file);
        ConceptAddition refused = new ConceptAddition("bad id!", List.of(new ConceptAddition.NewTerm("fr", "X", null, null)),
                new ConceptFields(null, null, "kept?"), false);
        assertThrows(EditRefusedException.class, () -> editor.add(refused));
        assertEquals(before, Files.readString(file), "a refused addition changed the file");
    }

    @Test
    void twoImportsIntoAFileThatDoesNotExistYetBothLand() throws Exception {
        Path created = dir.resolve("new.tbx");
        Path first = dir.resolve("a.csv");
        Path second = dir.resolve("b.csv");
        StringBuilder a = new StringBuilder("id,fr,en\n");
        StringBuilder b = new StringBuilder("id,fr,en\n");
        for (int i = 0; i < 200; i++) {
            a.append("a").append(i).append(",terme a").append(i).append(",term a").append(i).append('\n');
            b.append("b").append(i).append(",terme b").append(i).append(",term b").append(i).append('\n');
        }
        Files.writeString(first, a);
        Files.writeString(second, b);
        List<TermbaseEditor.ImportResult> results = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Throwable> failures = atOnce(List.of(
                () -> results.add(new TermbaseEditor(created).importFrom(new TbxReader().read(first))),
                () -> results.add(new TermbaseEditor(created).importFrom(new TbxReader().read(second)))));
        assertEquals(List.of(), failures);
        assertEquals(1, results.stream().filter(TermbaseEditor.ImportResult::created).count(), results.toString());
        assertEquals(400, new TbxReader().read(created).size());
    }

    @Test
    void importRefusesANewFileWithAnUnknownExtensionOrInvalidContent() throws Exception {
        Path csv = dir.resolve("in.csv");
        Files.writeString(csv, "id,fr,en\nc1,Mer Orientale,East Sea\n");
        assertThrows(EditRefusedException.class, () -> new TermbaseEditor(dir.resolve("new.txt")).importFrom(new TbxReader().read(csv)));
        assertTrue(Files.notExists(dir.resolve("new.txt")));
    }

    private static Set<String> statusSet(Concept c) {
        return c.terms().stream().map(t -> t.language() + "|" + t.text() + "|" + t.status()).collect(Collectors.toSet());
    }

    /** Small lookups for the assertions. */
    static final class EditorHelp {
        static Term term(Concept c, String lang, String text) {
            return c.terms(lang).stream().filter(t -> t.text().equals(text)).findFirst().orElseThrow();
        }
    }
}
