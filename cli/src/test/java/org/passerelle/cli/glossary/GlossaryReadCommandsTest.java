package org.passerelle.cli.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.passerelle.cli.glossary.CommandRun.run;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** lookup, list, stats and the help texts, on the sample termbase. */
class GlossaryReadCommandsTest extends SampleTermbaseTest {
    @Test
    void lookupFindsAConceptByAnInflectedFormAndShowsEveryEquivalent() {
        CommandRun r = run("glossary", "lookup", tbx, "partenariats stratégiques intégraux", "--lang", "fr");
        assertEquals(0, r.code(), r::toString);
        List<String> lines = r.out().lines().toList();
        assertEquals("c1 (diplomacy)", lines.get(0));
        assertTrue(lines.contains("    en: Comprehensive Strategic Partnership [preferred, fullForm]"), r::toString);
        assertTrue(lines.contains("    vi: Đối tác chiến lược toàn diện [preferred, fullForm]"), r::toString);
    }

    @Test
    void lookupDefaultsToTheSourceLanguageAndListsExactMatchesFirst() {
        CommandRun r = run("glossary", "lookup", tbx, "Mer Orientale");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().startsWith("c3 (geography)"), r::toString);
        assertTrue(r.out().contains("\nc4 (international law)"), "the DOC contains 'Mer Orientale': " + r);
    }

    @Test
    void lookingUpAForbiddenTermNamesTheOneToUse() {
        CommandRun r = run("glossary", "lookup", tbx, "Biển Nam Trung Hoa", "--lang", "vi");
        assertTrue(r.out().contains("    'Biển Nam Trung Hoa' is deprecated: use 'Biển Đông'"), r::toString);
    }

    @Test
    void lookupOfASentenceShowsTheTermsInIt() {
        CommandRun r = run("glossary", "lookup", tbx, "Le vice-ministre a reçu l'ambassadeur de la Fédération de Russie.",
                "--lang", "fr");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("'vice-ministre' at 3: fr: vice-ministre [preferred, fullForm]"), r::toString);
        assertTrue(r.out().contains("'Fédération de Russie'"), r::toString);
        assertTrue(r.out().contains("en: Russian Federation [preferred"), r::toString);
    }

    @Test
    void lookupWithAnUnknownLanguageIsAUsageError() {
        CommandRun r = run("glossary", "lookup", tbx, "Biển Đông", "--lang", "vn");
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("'vn' is not a language tag"), r::toString);
    }

    @Test
    void listFiltersByLanguageAndStatus() {
        CommandRun r = run("glossary", "list", tbx, "--lang", "en", "--status", "deprecated");
        assertEquals(0, r.code(), r::toString);
        assertEquals(List.of("c3\ten: South China Sea [deprecated, fullForm]",
                "c4\ten: Declaration on the Conduct of Parties in the South China Sea [deprecated, fullForm]"),
                r.out().lines().toList());
        assertEquals(200, run("glossary", "list", tbx).out().lines().count());
    }

    @Test
    void statsCountsConceptsAndTermsPerLanguageAndStatus() {
        CommandRun r = run("glossary", "stats", tbx);
        assertEquals(0, r.code(), r::toString);
        assertEquals(List.of(tbx + ": 53 concepts, 200 terms, source language fr",
                "  en: 69 terms (53 preferred, 14 admitted, 2 deprecated)",
                "  fr: 68 terms (53 preferred, 15 admitted)",
                "  vi: 63 terms (53 preferred, 8 admitted, 2 deprecated)"), r.out().lines().toList());
        run("glossary", "add", tbx, "--term", "fr=Comité populaire", "--term", "vi:admitted=Ủy ban nhân dân");
        assertTrue(run("glossary", "stats", tbx).out().contains(
                "  vi: 64 terms (53 preferred, 9 admitted, 2 deprecated); 1 concept without a preferred vi term"));
    }

    @Test
    void everyCommandHasHelpWithAOneLineSummary() {
        CommandRun glossary = run("glossary", "--help");
        assertEquals(0, glossary.code());
        String commands = glossary.out().substring(glossary.out().indexOf("Commands:"));
        List<String> names = List.of("validate", "lookup", "list", "stats", "add", "set", "deprecate", "remove",
                "import", "export");
        assertEquals(names.size(), commands.lines().count() - 1, "one line per command, none wrapped:\n" + commands);
        for (String name : names) {
            assertTrue(commands.contains("\n  " + name + " "), name);
            CommandRun help = run("glossary", name, "--help");
            assertEquals(0, help.code(), help::toString);
            assertTrue(help.out().startsWith("Usage: passerelle glossary " + name + " "), help::toString);
        }
    }
}
