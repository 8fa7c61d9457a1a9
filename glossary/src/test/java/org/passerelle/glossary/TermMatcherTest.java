package org.passerelle.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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

    static List<String> found(TermMatcher m, String text) {
        return m.find(text).stream().map(h -> h.matchedText(text) + " => " + h.term().text()).toList();
    }

    @Test
    void seed003() throws Exception {
        String text = article("003");
        found(fr, text).forEach(System.out::println);
    }

    @Test
    void seed000() throws Exception {
        String text = article("000");
        found(fr, text).forEach(System.out::println);
    }

    @Test
    void inflection() {
        System.out.println(found(fr, "Les partenariats stratégiques intégraux de l’Armée populaire du Vietnam et l'Etat-major général"));
        System.out.println(found(en, "Two Comprehensive Strategic Partnerships in the South China Sea and the Ministry of National Defence's UNCLOS"));
        System.out.println(found(vi, "Đối tác chiến lược toàn diện ở Biển Nam Trung Hoa và Biển Đông, Uỷ ban Trung ương Mặt trận Tổ quốc Việt Nam"));
    }
}
