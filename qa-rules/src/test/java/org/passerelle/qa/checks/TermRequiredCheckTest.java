package org.passerelle.qa.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.passerelle.qa.Units.unit;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.qa.CheckContext;
import org.passerelle.qa.CheckMatch;
import org.passerelle.qa.SampleTermbase;
import org.passerelle.qa.Termbases;
import org.passerelle.qa.Units;

class TermRequiredCheckTest {
    private static final CheckContext CONTEXT = Termbases.context(Termbases.FIXED);
    private final TermRequiredCheck check = new TermRequiredCheck();

    private List<CheckMatch> run(String lang, String source, String target) {
        return check.check(unit(lang, source, target), CONTEXT);
    }

    @Test
    void fixedEquivalentsPass() {
        assertEquals(List.of(), run("en-GB", "Le Partenariat stratégique intégral entre le Vietnam et la Russie.",
                "The Comprehensive Strategic Partnership between Vietnam and Russia."));
        assertEquals(List.of(), run("vi-VN", "le Partenariat stratégique intégral Vietnam-Russie",
                "quan hệ Đối tác chiến lược toàn diện Việt Nam - Nga"));
        assertEquals(List.of(), run("en-GB", "la Déclaration sur la conduite des parties en Mer Orientale",
                "the Declaration on the Conduct of Parties in the East Sea"));
    }

    @Test
    void missingEquivalentIsReportedWithItsSuggestion() {
        List<CheckMatch> m = run("en-GB", "Le Partenariat stratégique intégral Vietnam-Russie.",
                "The Vietnam-Russia comprehensive partnership.");
        assertEquals(1, m.size());
        assertEquals("'Partenariat stratégique intégral' must be translated as 'Comprehensive Strategic Partnership'",
                m.get(0).message());
        assertEquals(List.of("Comprehensive Strategic Partnership"), m.get(0).suggestions());
    }

    @Test
    void aTermInsideAnAddressOrHandleIsCopiedNotTranslated() {
        // the sample termbase: VNA is TTXVN in Vietnamese
        assertEquals(List.of(), check.check(unit("vi-VN", "Suivez la visite sur le compte @VNA_fr et le mot-dièse"
                + " #VietnamLaos2025.", "Theo dõi chuyến thăm trên tài khoản @VNA_fr và hashtag #VietnamLaos2025."),
                SampleTermbase.context()));
        // outside the handle the agency's name is still the termbase's to translate
        assertEquals(1, check.check(unit("vi-VN", "Selon la VNA, suivez la visite sur le compte @VNA_fr.",
                "Theo VNA, theo dõi chuyến thăm trên tài khoản @VNA_fr."), SampleTermbase.context()).size());
    }

    /** An inflection of the term's nouns is the term; a verb form of one of its words is a drift of the name. */
    @Test
    void aNameDriftedIntoAVerbFormIsMissingWhileAPluralStillCounts() {
        String source = "En 2019, les deux pays ont organisé près de 70 activités extérieures, dont 12 activités faisant"
                + " partie de l'Année croisée Vietnam-Russie et Russie-Vietnam 2019-2020.";
        List<CheckMatch> m = check.check(unit("en-US", source, "In 2019, the two countries organized nearly 70 external"
                + " activities, including 12 as part of the Vietnam-Russia Crossed Year 2019-2020."), SampleTermbase.context());
        assertEquals(1, m.size(), m.toString());
        assertTrue(m.get(0).message().contains("Vietnam-Russia Cross Year"), m.get(0).message());
        assertEquals(List.of(), check.check(unit("en-GB", "Les partenariats stratégiques intégraux du Vietnam.",
                "Vietnam's Comprehensive Strategic Partnerships."), CONTEXT));
    }

    // set t ent013: "Cambodian People's Party" and "Party Central Committee" overlap in the target
    @Test
    void aTermWhoseWordsAnOverlappingTermTookStillCounts() {
        String source = "La rencontre entre le Comité central du PCV et la Permanence du Comité central du Parti du"
                + " peuple cambodgien s'est tenue à Phnom Penh.";
        assertEquals(List.of(), check.check(unit("en-US", source, "The meeting between the CPV Central Committee and the"
                + " Standing Board of the Cambodian People's Party Central Committee was held in Phnom Penh."),
                SampleTermbase.context()));
        assertEquals(List.of("Party Central Committee"), check.check(unit("en-US", source, "The meeting between the CPV"
                + " leadership and the Standing Board of the Cambodian People's Party was held in Phnom Penh."),
                SampleTermbase.context()).stream().flatMap(m -> m.suggestions().stream()).toList());
    }

    // set v env024: the plural of one ministry's name is a kind, said in the translation's own words
    @Test
    void thePluralOfANameOfOneBodyMayBeSaidInOtherWords() {
        String source = "En 2019, les ministères de la Défense des deux pays ont organisé près de 70 activités extérieures.";
        assertEquals(List.of(), check.check(unit("en-US", source, "In 2019, the defense ministries of the two countries"
                + " held nearly 70 external activities."), SampleTermbase.context()));
        assertEquals(1, check.check(unit("en-US", source, "In 2019, the armed forces of the two countries held nearly 70"
                + " external activities."), SampleTermbase.context()).size(), "not said at all");
        assertEquals(1, check.check(unit("en-US", "Le ministère de la Défense a organisé 70 activités.",
                "The defense ministry held 70 activities."), SampleTermbase.context()).size(), "one ministry is a name");
    }

    /** The termbase writes British English; an en-US translation may spell its names the American way. */
    @Test
    void aTermSpeltTheAmericanWayCountsInAnAmericanTranslation() {
        String source = "Les deux parties coopéreront au sein de la réunion élargie des ministres de la Défense de l'ASEAN (ADMM+).";
        assertEquals(List.of(), check.check(unit("en-US", source,
                "The two sides will cooperate at the ASEAN Defense Ministers' Meeting-Plus (ADMM+)."), SampleTermbase.context()));
        assertEquals(1, check.check(unit("en-US", source,
                "The two sides will cooperate at the ASEAN defense ministers' meeting (ADMM+)."), SampleTermbase.context()).size());
    }

    @Test
    void occurrencesAreCounted() {
        String source = "la Convention des Nations unies sur le droit de la mer de 1982 (CNUDM)";
        assertEquals(List.of(), run("en-GB", source, "the 1982 United Nations Convention on the Law of the Sea (UNCLOS)"));
        List<CheckMatch> m = run("en-GB", source, "the 1982 UN Convention on the Law of the Sea (UNCLOS)");
        assertEquals(1, m.size());
        assertTrue(m.get(0).message().contains("occurs 2 times") && m.get(0).message().contains("only 1 time"),
                m.get(0).message());
    }

    @Test
    void forbiddenTermIsLeftToTermForbidden() {
        assertEquals(List.of(), run("en-GB", "les tensions en Mer Orientale", "tensions in the South China Sea"));
        assertEquals(1, run("en-GB", "la Mer Orientale et la Mer Orientale", "the sea and the South China Sea").size());
    }

    @Test
    void vietnameseTermsMatchInTheOtherToneStyleAndCase() {
        org.passerelle.glossary.Termbase tb = new org.passerelle.glossary.Termbase("fr", List.of(
                new org.passerelle.glossary.Concept("peace", null, null, null, List.of(
                        new org.passerelle.glossary.Term("paix", "fr", org.passerelle.glossary.TermStatus.PREFERRED, null),
                        new org.passerelle.glossary.Term("hoà bình", "vi", org.passerelle.glossary.TermStatus.PREFERRED, null)))));
        CheckContext context = Termbases.context(tb);
        assertEquals(List.of(), check.check(unit("vi-VN", "la paix dans la région", "Hòa bình trong khu vực"), context));
        assertEquals(1, check.check(unit("vi-VN", "la paix dans la région", "ổn định trong khu vực"), context).size());
    }

    @Test
    void noTermbaseNoFindings() {
        assertEquals(List.of(), check.check(unit("en-GB", "la Mer Orientale", "the sea"), Units.context()));
    }

    @Test
    void untranslatedSegmentsAreLeftToTargetEmpty() {
        assertEquals(List.of(), run("en-GB", "la Mer Orientale", null));
    }

    @Test
    void aRequiredTermInsideALongerTermOfTheTranslationCounts() {
        // "ministre vietnamien de la Défense" matches "ministre" alone; the translation's "Minister of National
        // Defence" is the longer concept's term, and holds "Minister".
        String source = "le ministre vietnamien de la Défense, Phan Van Giang, a eu le 1er décembre un entretien";
        assertEquals(List.of(), check.check(unit("en-US", source, "Vietnamese Minister of National Defence Phan Van Giang"
                + " held talks on December 1"), SampleTermbase.context()));
        assertEquals(1, check.check(unit("en-US", source, "Vietnam's defence chief Phan Van Giang held talks on December 1"),
                SampleTermbase.context()).size());
    }

    @Test
    void aLongerTermWrittenInAnotherFormInTheSourceWinsOverTheTermInsideIt() {
        // "chefs d'Etat-major généraux" (plural, elided, unaccented) is "chef de l'État-major général", whose
        // equivalent the translation has; the matcher sees only "État-major général" (Bộ Tổng Tham mưu) in it.
        String source = "Les chefs d'Etat-major généraux de l'Armée populaire du Vietnam et du ministère cubain des"
                + " Forces armées révolutionnaires ont souligné la coopération fructueuse.";
        assertEquals(List.of(), check.check(unit("vi-VN", source, "Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam và"
                + " Tổng Tham mưu trưởng Bộ các Lực lượng vũ trang cách mạng Cuba đánh giá cao sự hợp tác hiệu quả."),
                SampleTermbase.context()).stream().filter(m -> m.message().contains("major")).toList());
        // the General Staff itself, translated by neither term, is still missing
        String staff = "L'Etat-major général de l'Armée populaire du Vietnam a organisé une conférence.";
        assertEquals(1, check.check(unit("vi-VN", staff, "Quân đội nhân dân Việt Nam đã tổ chức một hội nghị."),
                SampleTermbase.context()).stream().filter(m -> m.message().contains("major")).count());
    }
}
