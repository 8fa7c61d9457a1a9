package org.passerelle.qa.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.passerelle.qa.Units.context;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.passerelle.qa.CheckMatch;
import org.passerelle.xliff.InlineCode;
import org.passerelle.xliff.InlineCode.Kind;
import org.passerelle.xliff.SegmentPair;
import org.passerelle.xliff.TranslationState;
import org.passerelle.xliff.TranslationUnit;

class TagsMismatchCheckTest {
    private final TagsMismatchCheck check = new TagsMismatchCheck();

    private static List<CheckMatch> run(List<InlineCode> source, List<InlineCode> target) {
        TranslationUnit u = TranslationUnit.builder().file("t.xlf").id("u1").languages("fr-FR", "en-GB")
                .state(TranslationState.TRANSLATED)
                .segments(List.of(new SegmentPair("1", "la Mer Orientale et le lien", "the East Sea and the link", source, target)))
                .build();
        return new TagsMismatchCheck().check(u, context());
    }

    @Test
    void sameCodesInAnotherPlacePass() {
        assertEquals(List.of(), run(
                List.of(new InlineCode("1", Kind.OPENING, 3), new InlineCode("1", Kind.CLOSING, 16), new InlineCode("2", Kind.PLACEHOLDER, 27)),
                List.of(new InlineCode("2", Kind.PLACEHOLDER, 0), new InlineCode("1", Kind.OPENING, 4), new InlineCode("1", Kind.CLOSING, 12))));
        assertEquals("tags.mismatch", check.id());
    }

    @Test
    void missingCodeIsReported() {
        List<CheckMatch> m = run(List.of(new InlineCode("1", Kind.OPENING, 3), new InlineCode("1", Kind.CLOSING, 16)),
                List.of(new InlineCode("1", Kind.OPENING, 4)));
        assertEquals(1, m.size());
        assertTrue(m.get(0).message().contains("closing inline code 1"), m.get(0).message());
    }

    @Test
    void addedCodeIsReportedWhereItStands() {
        List<CheckMatch> m = run(List.of(), List.of(new InlineCode("5", Kind.PLACEHOLDER, 8)));
        assertEquals(1, m.size());
        assertEquals(8, m.get(0).offset());
        assertTrue(m.get(0).message().contains("not in the source"));
    }

    @Test
    void closedBeforeOpenedIsReported() {
        List<CheckMatch> m = run(List.of(new InlineCode("1", Kind.OPENING, 3), new InlineCode("1", Kind.CLOSING, 16)),
                List.of(new InlineCode("1", Kind.CLOSING, 4), new InlineCode("1", Kind.OPENING, 12)));
        assertEquals(1, m.size());
        assertTrue(m.get(0).message().contains("closed before it is opened"));
    }

    private static List<String> run(String source, String target) {
        TranslationUnit u = TranslationUnit.builder().file("t.xlf").id("u1").languages("fr-FR", "en-US")
                .state(TranslationState.TRANSLATED)
                .segments(List.of(new SegmentPair("1", plain(source), plain(target), codes(source), codes(target))))
                .build();
        return new TagsMismatchCheck().check(u, context()).stream().map(CheckMatch::message).toList();
    }

    /** The text without its {b}, {/b} and {lb} markers. */
    private static String plain(String marked) {
        return marked.replaceAll("\\{/?b\\}|\\{lb\\}", "");
    }

    /** {b} and {/b} as bold code 1, {lb} as a line break. */
    private static List<InlineCode> codes(String marked) {
        List<InlineCode> codes = new ArrayList<>();
        Matcher m = Pattern.compile("\\{(/?b|lb)\\}").matcher(marked);
        int removed = 0;
        while (m.find()) {
            int at = m.start() - removed;
            codes.add(switch (m.group(1)) {
                case "b" -> new InlineCode("1", Kind.OPENING, at);
                case "/b" -> new InlineCode("1", Kind.CLOSING, at);
                default -> new InlineCode("2", Kind.PLACEHOLDER, at, "lb", null);
            });
            removed += m.group().length();
        }
        return codes;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Selon {b}Le Courrier du Vietnam{/b}, la visite a été un succès.|According to Le {b}Courrier du Vietnam, the visit{/b} was a success."
                + "|The opening inline code 1 is not where the source has it: 'Le' is inside it in the source but outside it here",
        "Le général {b}Phan Van Giang{/b} a reçu Andreï Beloussov.|General Phan Van Giang received {b}Andrei Belousov{/b}."
                + "|The opening inline code 1 is not where the source has it: 'Giang' is inside it in the source but outside it here",
        "Le ministre Phan Van Giang (droite) et l'ambassadeur de Russie.{lb}Photo : VNA|Minister Phan Van Giang (right) and the Russian Ambassador. Photo:{lb} VNA"
                + "|The placeholder inline code 2 is not where the source has it: 'Photo' is after it in the source but before it here",
        // A dateline in bold whose every word is translated: the parenthesis and the dash still place the bold.
        "{b}Hanoï (VNA){/b} – Le Front de la Patrie du Vietnam a tenu son congrès.|{b}Hà Nội{/b} (TTXVN) – Mặt trận Tổ quốc Việt Nam đã tổ chức đại hội."
                + "|The opening inline code 1 is not where the source has it: '(' is inside it in the source but outside it here",
        "{b}Hanoï (VNA){/b} – Le Premier ministre a reçu l'ambassadeur.|Hà Nội {b}(TTXVN) – Thủ tướng{/b} đã tiếp Đại sứ."
                + "|The opening inline code 1 is not where the source has it: '–' is outside it in the source but inside it here",
    })
    void aCodeAroundOrBesideOtherCopiedWordsIsReported(String source, String target, String message) {
        assertEquals(List.of(message), run(source, target));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // Word order moves bold with its words.
        "Consultez le {b}programme complet{/b} de la visite.|See the {b}full program{/b} of the visit.",
        "{b}To Lam{/b}, secrétaire général du Parti, a reçu la délégation.|General Secretary {b}To Lam{/b} received the delegation.",
        "Lire aussi : {b}Le Vietnam et Cuba renforcent leur partenariat{/b}|Read also: {b}Vietnam and Cuba strengthen their partnership{/b}",
        // A line break kept before "Photo:".
        "Le général Phan Van Giang (droite) et le ministre Andreï Beloussov.{lb}Photo : VNA/CVN|General Phan Van Giang (right) and Minister Andrei Belousov.{lb}Photo: VNA/CVN",
        "Le SG To Lam rencontre Samdech Techo Hun Sen (droite).{lb}Photo: VNA|Tổng Bí thư Tô Lâm hội kiến Samdech Techo Hun Sen (phải).{lb}Ảnh: TTXVN",
        // A bold dateline kept whole, in either language; a parenthesis moving with its bold words.
        "{b}Hanoï (VNA){/b} – Le Premier ministre a reçu l'ambassadeur.|{b}Hà Nội (TTXVN){/b} – Thủ tướng đã tiếp Đại sứ.",
        "{b}Hanoï (VNA){/b} – Le Premier ministre a reçu l'ambassadeur.|{b}Hanoi (VNA){/b} – The Prime Minister received the ambassador.",
        "Le {b}ministère de la Défense (MDN){/b} a publié le texte.|The text was published by the {b}Ministry of Defence (MDN){/b}.",
        // Brackets the translation adds or drops (two on one side) place nothing.
        "Le ministre (à gauche) et {b}son homologue{/b} (à droite).|{b}His counterpart{/b} (right) and the minister (left).",
    })
    void codesMovedWithTheirWordsPass(String source, String target) {
        assertEquals(List.of(), run(source, target));
    }
}
