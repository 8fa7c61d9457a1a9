package org.passerelle.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The matcher on the sample termbase and the real seed articles, as the XLIFF and QA stages use it. */
class TermMatcherTest {
    static Termbase sample;
    static TermMatcher fr;
    static TermMatcher en;
    static TermMatcher vi;

    @BeforeAll
    static void load() throws Exception {
        sample = new TbxReader().read(TbxReaderTest.SAMPLE);
        fr = TermMatcher.of(sample, "fr");
        en = TermMatcher.of(sample, "en");
        vi = TermMatcher.of(sample, "vi");
    }

    static String article(String prefix) throws Exception {
        try (var files = Files.list(Path.of("..", "samples", "articles"))) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            return Files.readString(file);
        }
    }

    /** "matched text => termbase term" for each hit, in text order. */
    static List<String> found(TermMatcher matcher, String text) {
        return matcher.find(text).stream().map(h -> h.matchedText(text) + " => " + h.term().text()).toList();
    }

    static Concept conceptOf(String lang, String preferred) {
        return sample.concepts().stream()
                .filter(c -> c.preferred(lang).map(t -> t.text().equals(preferred)).orElse(false))
                .findFirst().orElseThrow(() -> new AssertionError("no concept " + preferred));
    }

    @Test
    void seed000FindsTheFixedPartnershipTwiceAndTheTitlesAcrossTypographicApostrophes() throws Exception {
        String text = article("000");
        List<String> hits = found(fr, text);
        assertEquals(2, hits.stream().filter("Partenariat stratégique intégral => Partenariat stratégique intégral"::equals).count(), hits.toString());
        assertTrue(hits.contains("général de corps d’armée => général de corps d'armée"), hits.toString());
        assertTrue(hits.contains("mémorandum d’accord => mémorandum d'accord"), hits.toString());
        assertTrue(hits.contains("Année croisée Vietnam-Russie => Année croisée Vietnam-Russie"), hits.toString());
        // The site's own typo ("générale") is still the General Department of Politics.
        assertTrue(hits.contains("Département générale des politiques => Département général des politiques"), hits.toString());
        // "l'Armée": the elided article is not part of the hit.
        assertTrue(hits.contains("Armée populaire du Vietnam => Armée populaire du Vietnam"), hits.toString());
        // Plural "ministères" is the same concept.
        assertTrue(hits.contains("ministères de la Défense => ministère de la Défense"), hits.toString());
    }

    @Test
    void seed003PrefersTheLongestTermAndMatchesAcronymsAsWritten() throws Exception {
        String text = article("003");
        List<TermHit> hits = fr.find(text);
        List<String> shown = found(fr, text);
        assertTrue(shown.contains("Déclaration sur la conduite des parties en Mer Orientale => Déclaration sur la conduite des parties en Mer Orientale"), shown.toString());
        assertTrue(shown.contains("DOC => DOC"), shown.toString());
        assertTrue(shown.contains("CNUDM => CNUDM"), shown.toString());
        assertTrue(shown.contains("Convention des Nations unies sur le droit de la mer => Convention des Nations unies sur le droit de la mer"), shown.toString());
        assertFalse(shown.stream().anyMatch(s -> s.startsWith("Mer Orientale")), "Mer Orientale is inside the DOC title: " + shown);
        Concept unclos = conceptOf("en", "UNCLOS");
        assertEquals(2, hits.stream().filter(h -> h.concept().equals(unclos)).count());
        assertEquals("UNCLOS", hits.stream().filter(h -> h.term().text().equals("CNUDM")).findFirst().orElseThrow()
                .concept().preferred("en").orElseThrow().text());
        for (int i = 1; i < hits.size(); i++) {
            assertTrue(hits.get(i - 1).end() <= hits.get(i).start(), "overlap: " + hits.get(i - 1) + " / " + hits.get(i));
        }
    }

    @Test
    void frenchPluralAndAgreementMatchTheLemma() {
        assertEquals(List.of("partenariats stratégiques intégraux => Partenariat stratégique intégral"),
                found(fr, "Les deux pays ont noué des partenariats stratégiques intégraux."));
        assertEquals(List.of("départements généraux de la politique => Département général de la politique"),
                found(fr, "les deux départements généraux de la politique"));
        assertEquals(List.of("Etat-major général => État-major général"),
                found(fr, "les chefs d'Etat-major général"));
    }

    @Test
    void wordsIgnoreCaseButAcronymsDoNot() {
        assertEquals(List.of("MER ORIENTALE => Mer Orientale"), found(fr, "EN MER ORIENTALE"));
        assertEquals(List.of(), found(fr, "la doc du logiciel, le cnudm"));
        assertEquals(List.of("DOC => DOC", "CNUDM => CNUDM"), found(fr, "le DOC et la CNUDM"));
    }

    @Test
    void spacesOfEveryKindAndHyphensAreTheSame() {
        assertEquals(List.of("Mer\u00A0Orientale => Mer Orientale"), found(fr, "en Mer\u00A0Orientale."));
        assertEquals(List.of("Partenariat\u202Fstratégique\u2009intégral => Partenariat stratégique intégral"),
                found(fr, "le Partenariat\u202Fstratégique\u2009intégral"));
        assertEquals(List.of("vice ministre => vice-ministre"), found(fr, "le vice ministre"));
        assertEquals(List.of("Année croisée Vietnam – Russie => Année croisée Vietnam-Russie"),
                found(fr, "l’Année croisée Vietnam – Russie"));
    }

    @Test
    void englishPluralsBritishSpellingAndTheForbiddenSouthChinaSea() {
        String text = "Both sides upgraded ties to Comprehensive Strategic Partnerships, met the Ministry of "
                + "National Defence, and discussed the South China Sea under UNCLOS.";
        List<TermHit> hits = en.find(text);
        assertEquals(List.of("Comprehensive Strategic Partnerships", "Ministry of National Defence", "South China Sea", "UNCLOS"),
                hits.stream().map(h -> h.matchedText(text)).toList());
        TermHit sea = hits.get(2);
        assertEquals(TermStatus.DEPRECATED, sea.term().status());
        assertEquals("East Sea", sea.concept().preferred("en").orElseThrow().text());
        assertEquals(List.of("Vietnam People’s Army => Vietnam People's Army"), found(en, "the Vietnam People’s Army"));
    }

    @Test
    void vietnameseMatchesSyllablesWhateverTheToneMarkStyleOrNormalisation() {
        String text = "Hai bên nhất trí về Đối tác chiến lược toàn diện và Biển Nam Trung Hoa.";
        List<TermHit> hits = vi.find(text);
        assertEquals(List.of("Đối tác chiến lược toàn diện", "Biển Nam Trung Hoa"),
                hits.stream().map(h -> h.matchedText(text)).toList());
        assertTrue(hits.get(1).term().status().forbidden());
        assertEquals("Biển Đông", hits.get(1).concept().preferred("vi").orElseThrow().text());
        // Old style "Uỷ" (tone on y) against the termbase's "Ủy".
        assertEquals(List.of("Uỷ ban Trung ương Mặt trận Tổ quốc Việt Nam => Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"),
                found(vi, "Uỷ ban Trung ương Mặt trận Tổ quốc Việt Nam"));
        // Decomposed (NFD) text, as some editors save it: offsets are those of the text given.
        String nfd = Normalizer.normalize("tại Biển Đông", Normalizer.Form.NFD);
        List<TermHit> nfdHits = vi.find(nfd);
        assertEquals(1, nfdHits.size());
        assertEquals(Normalizer.normalize("Biển Đông", Normalizer.Form.NFD), nfdHits.get(0).matchedText(nfd));
        assertEquals(List.of(), found(vi, "biên đông"), "another tone is another word");
    }

    @Test
    void matcherIsThreadSafe() throws Exception {
        String text = article("004");
        List<TermHit> expected = fr.find(text);
        List<Thread> threads = new java.util.ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 50; i++) {
                    if (!fr.find(text).equals(expected)) {
                        failures.add(new AssertionError("different hits"));
                    }
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertEquals(List.of(), failures);
    }
}
