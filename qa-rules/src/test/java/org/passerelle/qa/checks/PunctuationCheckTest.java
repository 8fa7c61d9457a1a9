package org.passerelle.qa.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.passerelle.qa.Units.context;
import static org.passerelle.qa.Units.unit;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.passerelle.qa.CheckMatch;
import org.passerelle.qa.Profile;
import org.passerelle.qa.Side;

class PunctuationCheckTest {
    private final PunctuationCheck check = new PunctuationCheck(Profile.defaults().settings("punctuation"));

    private List<CheckMatch> run(String lang, String source, String target) {
        return check.check(unit(lang, source, target), context());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en-GB|Les dirigeants des deux pays ont maintenu des contacts.|The leaders of the two countries kept in contact.",
        "en-GB|Hanoi (VNA) –|Hanoi (VNA) –",
        "en-GB|Il a déclaré : « Nous sommes prêts ».|He said: \"We are ready\".",
        "en-GB|Pourquoi ?|Why?",
        "en-GB|Il a visité le forum « Armée-2024 ».|He visited the \"Army-2024\" forum.",
        "vi-VN|Les dirigeants ont maintenu des contacts (de haut niveau).|Các nhà lãnh đạo duy trì tiếp xúc (cấp cao).",
        "en-GB|La réunion a eu lieu à 14:30.|The meeting took place at 14:30.",
        "en-GB|Et puis…|And then...",
    })
    void correctPunctuationPasses(String lang, String source, String target) {
        assertEquals(List.of(), run(lang, source, target));
    }

    @Test
    void missingFinalFullStopIsReported() {
        List<CheckMatch> m = run("en-GB", "Les dirigeants ont maintenu des contacts.", "The leaders kept in contact");
        assertEquals(1, m.size());
        assertEquals(List.of("."), m.get(0).suggestions());
    }

    @Test
    void unpairedBracketIsReported() {
        List<CheckMatch> m = run("en-GB", "la province de Quang Ninh (Nord).", "Quang Ninh province (North.");
        assertEquals(1, m.size());
        assertTrue(m.get(0).message().contains("Unpaired '('"));
    }

    @Test
    void frenchSpacingIsCheckedOnTheSeedSource() {
        // Seed article 000: "... pour la Patrie; visiter ..." lacks the space before the semicolon.
        List<CheckMatch> m = run("en-GB", "aller fleurir le Mémorial des Morts pour la Patrie; visiter des unités.",
                "lay flowers at the Memorial to Fallen Soldiers; visit units.");
        assertEquals(1, m.size());
        assertEquals(Side.SOURCE, m.get(0).side());
        assertEquals(50, m.get(0).offset());
    }

    @Test
    void aSpaceBeforeAFullStopTheSourceHasTooIsTheFilesLayout() {
        // SAP's sample indents a protected <mrk> before the full stop, in source and target alike
        assertEquals(List.of(), run("en-US", "XLIFF stands for XML Localisation Interchange File Format .",
                "XLIFF in any language stands for XML Localisation Interchange File Format ."));
        List<CheckMatch> typed = run("en-US", "Les dirigeants, ensemble.", "The leaders , together .");
        assertEquals(2, typed.size(), typed.toString());
    }
}
