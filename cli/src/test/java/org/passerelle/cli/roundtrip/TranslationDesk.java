package org.passerelle.cli.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.passerelle.cli.Passerelle;
import org.passerelle.core.InputException;
import org.passerelle.xliff.SegmentPair;
import org.passerelle.xliff.TranslationState;
import org.passerelle.xliff.TranslationUnit;
import org.passerelle.xliff.XliffReader;

/**
 * The newsroom's side of a round trip, through the command line as a user types it: prepare a seed
 * article, check and publish what the translator's tool gave back, edit one French sentence,
 * prepare again. The translations are the bundled English translation of the same seed.
 */
final class TranslationDesk {

    static final String ARTICLE = "000_78e9962cff1393cc";
    private static final Path SAMPLES = Path.of("..", "samples");
    static final Path TERMBASE = SAMPLES.resolve("termbase.tbx");
    /** A sentence of the seed and the edit the desk makes to it after translation. */
    static final String EDITED_SENTENCE = "Après la cérémonie d'accueil, les deux parties ont eu un entretien.";
    private static final String EDITED_TO = "Après la cérémonie d'accueil, les deux parties ont eu un long entretien.";
    /** An English sentence of the translation and the French it translates: publish must print the first. */
    static final String ENGLISH_SENTENCE = "After the welcome ceremony, the two sides held talks.";

    /** What one command printed. */
    record Run(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    private final Path dir;
    private final Path article;

    TranslationDesk(Path dir) throws IOException {
        this.dir = dir;
        this.article = Files.createDirectories(dir.resolve("articles")).resolve(ARTICLE + ".txt");
        Files.copy(SAMPLES.resolve("articles").resolve(ARTICLE + ".txt"), article);
    }

    /** The file {@code prepare} writes and re-prepares. */
    Path xliff() {
        return dir.resolve("xliff").resolve(ARTICLE + ".en.xlf");
    }

    Run prepare(String... options) {
        List<String> args = new ArrayList<>(List.of("prepare", article.toString(), "--termbase", TERMBASE.toString(),
                "--targets", "en", "-o", dir.resolve("xliff").toString()));
        args.addAll(List.of(options));
        Run r = run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.toString());
        return r;
    }

    /** The bundled English translation, sentence by sentence: French source to English target. */
    static Map<String, String> englishBySentence() throws InputException {
        Map<String, String> bySource = new LinkedHashMap<>();
        for (TranslationUnit u : units(SAMPLES.resolve("translations").resolve(ARTICLE + ".en.xlf"))) {
            for (SegmentPair s : u.segments()) {
                bySource.put(s.source(), s.target());
            }
        }
        return bySource;
    }

    /** Replaces the prepared file with what the translator's tool delivered, as the translator hands it in. */
    void deliver(Path translated) throws IOException {
        Files.copy(translated, xliff(), StandardCopyOption.REPLACE_EXISTING);
    }

    /** The QA gate over the delivered file must pass, and publish must print the English article. */
    void assertQaPassesAndPublishesEnglish() throws IOException {
        Run qa = run("qa", xliff().toString(), "--termbase", TERMBASE.toString(), "--fail-on", "error");
        assertEquals(0, qa.code(), "the translated file passes the QA gate\n" + qa);
        Path out = dir.resolve("publish");
        Run publish = run("publish", xliff().toString(), "-o", out.toString(), "--format", "txt",
                "--termbase", TERMBASE.toString());
        assertEquals(0, publish.code(), publish.toString());
        String text = Files.readString(out.resolve("en").resolve(ARTICLE + ".txt"), StandardCharsets.UTF_8);
        assertTrue(text.contains(ENGLISH_SENTENCE), "published in English:\n" + text);
        assertFalse(text.contains(EDITED_SENTENCE), "no French left in the published article:\n" + text);
    }

    /**
     * The tool wrote back the header where prepare says what it knows of the original (agency,
     * date ...), which publish reads. A file made anew from the units alone (an Okapi kit) has
     * no header of ours, and publishes without byline or date.
     */
    void assertArticleNotesKept() throws IOException {
        assertTrue(Files.readString(xliff(), StandardCharsets.UTF_8)
                        .contains("<note from=\"passerelle-article\" annotates=\"general\">agency: VNA</note>"),
                "the tool kept the header's notes on the original");
    }

    /** The desk edits one French sentence of the article after it was translated. */
    void editOneSentence() throws IOException {
        String text = Files.readString(article, StandardCharsets.UTF_8);
        assertTrue(text.contains(EDITED_SENTENCE));
        Files.writeString(article, text.replace(EDITED_SENTENCE, EDITED_TO), StandardCharsets.UTF_8);
    }

    /**
     * After the edit and a new {@code prepare}: every unit has the translation the tool delivered,
     * the one with the edited sentence marked for review, every other one still translated.
     */
    void assertEveryTranslationKept(Map<String, String> deliveredByUnit, Run rePrepare) throws InputException {
        assertTrue(rePrepare.out().contains("1 to review, 0 removed"), rePrepare.toString());
        List<TranslationUnit> units = units(xliff());
        assertEquals(List.copyOf(deliveredByUnit.keySet()), ids(units), "the units keep their ids");
        for (TranslationUnit u : units) {
            assertEquals(deliveredByUnit.get(u.id()), u.targetText(), "translation of " + u.id() + " kept");
            boolean edited = u.sourceText().contains(EDITED_TO);
            if (edited) {
                assertEquals(TranslationState.NEEDS_REVIEW, u.state(), u.id() + " has the edited sentence");
            } else {
                assertTrue(u.isTranslated(), u.id() + " is still translated, state " + u.state());
            }
        }
    }

    /** The units' whole targets by unit id, as a tool delivered them. */
    static Map<String, String> targetsByUnit(Path file) throws InputException {
        Map<String, String> targets = new LinkedHashMap<>();
        for (TranslationUnit u : units(file)) {
            targets.put(u.id(), u.targetText());
        }
        return targets;
    }

    static List<TranslationUnit> units(Path file) throws InputException {
        List<TranslationUnit> units = new ArrayList<>();
        new XliffReader().read(file, file.toString(), units::add);
        return units;
    }

    private static List<String> ids(List<TranslationUnit> units) {
        return units.stream().map(TranslationUnit::id).toList();
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Passerelle.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
