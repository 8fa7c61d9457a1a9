package org.passerelle.lang.en;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.RuleMatch;

/** Each variant finds what LanguageTool's own finds, suggestions included. */
class LazyEnglishTest {
    /** The desk's English (sample translation of article 000), with slips a translator makes. */
    private static final List<String> TEXTS = List.of(
            "The head of the General Department of Politics of the Vietnam People's Army, General Luong Cuong, on"
                    + " Tuesday morning presided over an official welcome ceremony in Hanoi for Colonel General Andrey"
                    + " Valeryevich Kartapolov, Deputy Minister of Defence.",
            "In 2019, the Ministries of Defence of the two countries worked together to organise nearly 70 external"
                    + " activities, including 12 activities that were part of the the Cross Year.",
            "Prime Minister Thongloun Sisoulit recieved the delegation at the centre of Vientiane; he were pleased.",
            "The two leaders signed a memorandum of understanding on cooperation between the two sides .");

    @ParameterizedTest
    @ValueSource(strings = {"en-GB", "en-US", "en-AU", "en-CA", "en-NZ", "en-ZA"})
    void findsWhatLanguageToolsVariantFinds(String code) throws IOException {
        assertNotSame(Languages.getLanguageForShortCode(code).getClass(), LazyEnglish.of(code).getClass());
        assertSame(LazyEnglish.of(code), LazyEnglish.of(code), "one instance per variant");
        JLanguageTool own = new JLanguageTool(Languages.getLanguageForShortCode(code));
        JLanguageTool lazy = new JLanguageTool(LazyEnglish.of(code));
        int spelling = 0;
        for (String text : TEXTS) {
            List<RuleMatch> expected = own.check(text);
            assertEquals(described(expected), described(lazy.check(text)), code + ": " + text);
            spelling += (int) expected.stream().filter(m -> m.getRule().isDictionaryBasedSpellingRule()).count();
        }
        assertTrue(spelling >= 4, "names and 'recieved' are unknown words: " + spelling);
    }

    private static List<String> described(List<RuleMatch> matches) {
        return matches.stream().map(m -> m.getRule().getId() + " " + m.getFromPos() + "-" + m.getToPos() + " "
                + m.getMessage() + " " + m.getSuggestedReplacements()).toList();
    }
}
