package org.passerelle.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class SentenceSegmenterTest {

    private final SentenceSegmenter fr = SentenceSegmenter.forLanguage("fr");

    static Stream<Path> seeds() throws IOException {
        return Seeds.all().stream();
    }

    /** The expected sentences were checked by hand: one per line, a blank line between paragraphs. */
    @ParameterizedTest
    @MethodSource("seeds")
    void reproducesTheHandCheckedSentencesOfEverySeed(Path seed) throws IOException {
        String name = "sentences/" + Seeds.id(seed) + ".sentences.txt";
        String expected;
        try (InputStream in = getClass().getResourceAsStream(name)) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        StringBuilder actual = new StringBuilder();
        for (String para : Seeds.paragraphs(seed)) {
            if (actual.length() > 0) {
                actual.append('\n');
            }
            fr.split(para).forEach(s -> actual.append(s).append('\n'));
        }
        assertEquals(expected, actual.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
        M. Luong Cuong est arrivé. Il a parlé.                # M. Luong Cuong est arrivé.|Il a parlé.
        MM. Giang et Lich sont là. Mme Hoa aussi.             # MM. Giang et Lich sont là.|Mme Hoa aussi.
        Le Dr. Nguyen et le gén. Giang ont signé. Fin.        # Le Dr. Nguyen et le gén. Giang ont signé.|Fin.
        Voir l'art. 3 du traité, p. 12 du rapport. Ensuite.   # Voir l'art. 3 du traité, p. 12 du rapport.|Ensuite.
        Le général A. V. Kartapolov est venu. Il repart.      # Le général A. V. Kartapolov est venu.|Il repart.
        Il visite St. Pétersbourg. Puis Moscou.               # Il visite St. Pétersbourg.|Puis Moscou.
        La loi n° 5. Elle est votée.                          # La loi n° 5.|Elle est votée.
        Le ministre. Photo: VNA                               # Le ministre.|Photo: VNA
        Hanoi (VNA) – Le ministre est arrivé. Il a parlé.     # Hanoi (VNA) – Le ministre est arrivé.|Il a parlé.
        Il a dit : « Nous sommes prêts. Nous irons. » Puis il est parti. # Il a dit : « Nous sommes prêts. Nous irons. »|Puis il est parti.
        Le forum (organisé par l'ASEAN. Voir le site) a eu lieu. Fin.    # Le forum (organisé par l'ASEAN. Voir le site) a eu lieu.|Fin.
        La formation, la recherche, etc. sont concernées. Fin. # La formation, la recherche, etc. sont concernées.|Fin.
        La cryptographie, la défense…, a-t-il ajouté. Fin.    # La cryptographie, la défense…, a-t-il ajouté.|Fin.
        Il hésita… puis signa. Était-ce fini ? Oui !          # Il hésita… puis signa.|Était-ce fini ?|Oui !
        """)
    void frenchNewsRules(String paragraph, String expected) {
        assertEquals(List.of(expected.split("\\|")), fr.split(paragraph));
    }

    @Test
    void noBreakSpacesCountAsSpaces() {
        assertEquals(List.of("Il est venu.", "Le\u00A0général aussi."),
                fr.split("Il est venu.\u00A0Le\u00A0général aussi."));
    }

    @Test
    void englishRules() {
        SentenceSegmenter en = SentenceSegmenter.forLanguage("en-GB");
        assertEquals(List.of("Mr. Giang met Gen. Shoigu in Moscow.", "They signed e.g. a memorandum.",
                        "“We are ready. We will go,” he said.", "The End."),
                en.split("Mr. Giang met Gen. Shoigu in Moscow. They signed e.g. a memorandum. "
                        + "“We are ready. We will go,” he said. The End."));
    }

    @Test
    void vietnameseRules() {
        SentenceSegmenter vi = SentenceSegmenter.forLanguage("vi");
        assertEquals(List.of("Đại tướng Phan Văn Giang đến TP. Hồ Chí Minh.", "Ông gặp TS. Nguyễn Văn A."),
                vi.split("Đại tướng Phan Văn Giang đến TP. Hồ Chí Minh. Ông gặp TS. Nguyễn Văn A."));
    }

    @Test
    void unknownLanguagesGetTheCommonRulesAndInstancesAreShared() {
        SentenceSegmenter de = SentenceSegmenter.forLanguage("de");
        assertEquals(List.of("Ein Satz.", "Noch einer."), de.split("Ein Satz. Noch einer."));
        assertEquals(List.of("J. F. Kennedy (geb. 1917. Gest. 1963) sprach.", "Ende."),
                de.split("J. F. Kennedy (geb. 1917. Gest. 1963) sprach. Ende."));
        assertSame(SentenceSegmenter.forLanguage("fr-FR"), SentenceSegmenter.forLanguage("fr-fr"));
    }

    @Test
    void blankParagraphHasNoSentences() {
        assertEquals(List.of(), fr.split("   "));
    }

    @Test
    void isSafeToShareBetweenThreads() throws Exception {
        String para = "M. Giang est venu. Il a signé. Puis il est parti.";
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                results.add(pool.submit(() -> fr.split(para)));
            }
            for (Future<List<String>> f : results) {
                assertEquals(3, f.get().size());
            }
        } finally {
            pool.shutdown();
        }
    }
}
