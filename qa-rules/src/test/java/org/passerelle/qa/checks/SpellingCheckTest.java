package org.passerelle.qa.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.passerelle.qa.Units.context;
import static org.passerelle.qa.Units.unit;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.qa.CheckMatch;
import org.passerelle.qa.Profile;
import org.passerelle.qa.SampleTermbase;
import org.passerelle.qa.Side;

/** Real LanguageTool (French and English), shared with the other test classes through the JVM-wide pool. */
class SpellingCheckTest {
    /** The first paragraph of seed article 000, with its names. */
    static final String SEED_000 = "Hanoi (VNA) – Le chef du Département générale des politiques de l'Armée populaire du "
            + "Vietnam, le général Luong Cuong a présidé mardi matin à Hanoi la cérémonie d’accueil officielle du général "
            + "de corps d’armée Andrey Valeryevich Kartapolov, vice-ministre de la Défense, chef du Département général des "
            + "affaires politiques et militaires des forces armées de Russie, en visite officielle au Vietnam du 21 au 24 octobre.";
    static final String SEED_000_EN = "Hanoi (VNA) – The head of the General Department of Politics of the Vietnam "
            + "People's Army, General Luong Cuong, on Tuesday morning chaired in Hanoi the official welcome ceremony for "
            + "Colonel General Andrey Valeryevich Kartapolov, Deputy Minister of Defence and head of the Main "
            + "Military-Political Directorate of the Russian Armed Forces, who is paying an official visit to Vietnam "
            + "from 21 to 24 October.";

    private final SpellingCheck check = new SpellingCheck(Profile.defaults().settings("spelling"));

    private List<CheckMatch> run(String lang, String source, String target) {
        return check.check(unit(lang, source, target), context());
    }

    @Test
    void namesInTheSeedArticleAreNotSpellingMistakes() {
        assertEquals(List.of(), run("en-GB", SEED_000, SEED_000_EN));
    }

    @Test
    void frenchSourceTypoIsCaughtButNotTheRussianName() {
        // Seed article 001, with its real typo.
        String source = "Une délagation de haut rang du ministère de la Défense de Russie, conduite par son vice-ministre "
                + "Andrey Valeryevich Kartapolov, effectue une visite officielle du du 21 au 24 octobre au Vietnam.";
        List<CheckMatch> m = run("en-GB", source, null);
        assertEquals(1, m.size(), m.toString());
        assertEquals(Side.SOURCE, m.get(0).side());
        assertEquals(4, m.get(0).offset());
        assertEquals("délagation".length(), m.get(0).length());
        assertTrue(m.get(0).suggestions().contains("délégation"), m.get(0).suggestions().toString());
    }

    @Test
    void namesTransliteratedAnotherWayAreNotMistakesButTyposNextToThemAre() {
        // Seed article 003: French transliterates "Beloussov", English "Belousov".
        String source = "En outre, le ministre Andreï Removitch Beloussov soutient la promotion de la coopération.";
        String target = "In addition, Minister Andrei Removich Belousov supports promoting cooperaton.";
        List<CheckMatch> m = run("en-GB", source, target);
        assertEquals(1, m.size(), m.toString());
        assertEquals("cooperaton", target.substring(m.get(0).offset(), m.get(0).offset() + m.get(0).length()));
        // A lower-case word near a source name is still checked: "removich" is no name.
        assertEquals(2, run("en-GB", source, "The minister removich supports promoting cooperaton.").size());
    }

    @Test
    void englishTargetTypoIsCaughtWithSuggestion() {
        List<CheckMatch> m = run("en-GB", "Le gouvernement vietnamien.", "The Vietnamese goverment.");
        assertEquals(1, m.size(), m.toString());
        assertEquals(Side.TARGET, m.get(0).side());
        assertEquals("goverment", "The Vietnamese goverment.".substring(m.get(0).offset(), m.get(0).offset() + m.get(0).length()));
        assertEquals("government", m.get(0).suggestions().get(0));
    }

    @Test
    void britishSpellingPassesInBritishFiles() {
        assertEquals(List.of(), run("en-GB", "Le ministère de la Défense va organiser le forum.",
                "The defence ministry will organise the forum."));
    }

    @Test
    void americanFilesFlagBritishSpelling() {
        List<CheckMatch> m = run("en-US", "Le ministère de la Défense va organiser le forum.",
                "The defence ministry will organise the forum.");
        assertEquals(List.of("defence", "organise"), m.stream()
                .map(c -> "The defence ministry will organise the forum.".substring(c.offset(), c.offset() + c.length()))
                .toList());
    }

    @Test
    void vietnameseTargetIsLeftToTheViChecks() {
        assertEquals(List.of(), run("vi-VN", "Le gouvernement.", "Chính phủ."));
    }

    @Test
    void aWordTheSourceHasIsStillCheckedButTermsAndNamesAreNot() {
        // The French "centre" does not make the British "centre" right in an en-US file.
        String target = "The training centre of the Vietnam-Russia Tropical Centre hosts Cuban trainees.";
        List<CheckMatch> m = check.check(unit("en-US", "Le centre de formation du Centre tropical Vietnam - Russie accueille"
                + " des stagiaires cubains.", target), SampleTermbase.context());
        assertEquals(List.of("centre"), m.stream().filter(c -> c.side() == Side.TARGET)
                .map(c -> target.substring(c.offset(), c.offset() + c.length())).toList());
        assertEquals(target.indexOf("centre"), m.stream().filter(c -> c.side() == Side.TARGET).findFirst().get().offset());
    }
}
