package org.passerelle.core.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RequiredLiteralsTest {

    private static List<String> literals(String regex) {
        return RequiredLiterals.of(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).literals();
    }

    @Test
    void aSequenceRequiresItsLongestRunAndAnAlternationOneOfItsBranches() {
        assertEquals(List.of("report"), literals("report(?:é|ée|és|ées)"));
        assertEquals(List.of("l'année prochaine", "l'an prochain"), literals("l'année prochaine|l'an prochain"));
        assertEquals(List.of(" décliné"), literals("(?:a|ont|avait|avaient) décliné"));
        assertEquals(List.of("ouverture"), literals("(?<!(?:cérémonie|séance)s? d['’])ouverture"));
        assertEquals(List.of("aucun"), literals("\\baucune?\\b"), "an optional letter ends the run");
        assertEquals(List.of("viet"), literals("(?<![\\p{L}\\p{M}])(?:Viet\\s?[Nn]am)(?![\\p{L}\\p{M}])"));
        assertEquals(List.of("no. 5"), literals("\\bNo\\. 5"), "an escaped full stop is a literal");
    }

    @Test
    void aGroupItCannotSkipGivesItsBranches() {
        assertEquals(List.of("next", "last"), literals("(?:next|last) (?:year|week)"));
        assertEquals(List.of("ab"), literals("(?:cd)?ab"), "an optional group requires nothing");
    }

    @Test
    void nothingIsRuledOutWhereABranchHasNoLiteralOrTheExpressionIsNotRead() {
        assertEquals(List.of("n", "not"), literals("n['’]t|not"), "a letter rules out less, but still some");
        assertEquals(List.of("@"), literals("[\\p{L}._-]+@[\\p{L}-]+(?:\\.[\\p{L}-]+)+"));
        assertEquals(List.of(), literals("ab|"), "an empty branch matches anywhere");
        assertEquals(List.of(), literals("(?i)abc"), "inline flags are not read");
        assertEquals(List.of(), literals("a\\u00e9b"), "code points are not read");
        assertEquals(List.of(), literals("[a-z]+"));
        assertTrue(RequiredLiterals.of(Pattern.compile("[a-z]+")).mayBeIn("anything"));
    }

    @Test
    void textsAreComparedInAnyCase() {
        RequiredLiterals r = RequiredLiterals.of(Pattern.compile("\\bNga\\b|Hà Nội", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        assertTrue(r.mayBeIn("Le président de la NGA"));
        assertTrue(r.mayBeIn("thủ đô HÀ NỘI"));
        assertFalse(r.mayBeIn("Le président du Laos"));
    }

    @Test
    void whatRulesATextOutNeverMatchesIt() {
        String[] regexes = {"report(?:é|ée)", "(?:a|ont) accepté|accept(?:e|ent)\\s+(?:l['’]|les?\\s+)", "ab+c", "x{2}yz",
            "(?<name>\\p{Lu}\\p{L}+) \\((?:gauche|à gauche)\\)", "\\Qa.b\\E|cd"};
        String[] texts = {"reporté", "REPORTÉE", "ils ont accepté", "accepte les", "abbbc", "xxyz", "Hoai (gauche)", "a.b", "CD", "ac",
            "report", "abc"};
        for (String regex : regexes) {
            Pattern p = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            RequiredLiterals r = RequiredLiterals.of(p);
            for (String text : texts) {
                if (p.matcher(text).find()) {
                    assertTrue(r.mayBeIn(text), regex + " matches " + text);
                }
            }
        }
        assertFalse(RequiredLiterals.of(Pattern.compile("ab+c")).mayBeIn("ac"));
    }
}
