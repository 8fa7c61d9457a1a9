package org.passerelle.qa.languagetool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.rules.RuleMatch;
import org.passerelle.lang.languagetool.LanguageToolLanguage;

/** Cleaning run by run keeps exactly the matches LanguageTool keeps cleaning the whole text. */
class OverlappingMatchesTest {
    @ParameterizedTest
    @CsvSource({"fr, ../samples/articles/001_7c7e6a35cfde74b3.txt", "en-GB, ../samples/articles/000_78e9962cff1393cc.txt"})
    void runByRunKeepsWhatLanguageToolKeeps(String code, String article) throws IOException {
        Language language = LanguageToolLanguage.checking(code);
        JLanguageTool whole = new JLanguageTool(language);
        JLanguageTool runs = new JLanguageTool(language);
        runs.setCleanOverlappingMatches(false);
        List<String> texts = new ArrayList<>(List.of(
                "Le général Andrey Valeryevich Kartapolov et Thongloun Sisoulith ont signé le le protocole.",
                "General Andrey Valeryevich Kartapolov and Thongloun Sisoulit signed the the memorandum ,in Hanoi."));
        for (String p : Files.readString(Path.of(article)).split("\n")) {
            if (!p.isBlank()) {
                texts.add(p.strip());
            }
        }
        int runsOfTwo = 0;
        for (String text : texts) {
            List<RuleMatch> all = runs.check(text);
            List<RuleMatch> kept = new ArrayList<>();
            for (List<RuleMatch> run : OverlappingMatches.runs(all)) {
                kept.addAll(OverlappingMatches.cleaned(language, run));
                runsOfTwo += run.size() > 1 ? 1 : 0;
            }
            assertEquals(described(whole.check(text)), described(kept), text);
        }
        assertTrue(runsOfTwo >= 2, "names of several unknown words make runs: " + runsOfTwo);
    }

    private static List<String> described(List<RuleMatch> matches) {
        return matches.stream().map(m -> m.getRule().getId() + " " + m.getFromPos() + "-" + m.getToPos() + " "
                + m.getSuggestedReplacements()).toList();
    }
}
