package org.passerelle.core.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BundledTextTest {
    @Test
    void aMissingResourceIsNamedWithItsOwner() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> WordList.resource(BundledTextTest.class, "no-such-list.txt"));
        assertEquals("no resource no-such-list.txt beside " + BundledTextTest.class.getName(), e.getMessage());
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsIsQuoted() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FalseFriends.parse("# comment\n\nactuellement\tactually\t-\n"));
        assertEquals("false friends: 4 tab-separated fields expected: actuellement\tactually\t-", e.getMessage());
    }

    @Test
    void tablePatternsMatchWholeWordsInAnyCase() {
        FalseFriends friends = FalseFriends.parse("actuellement\tactually\ten fait\tcurrently\n");
        FalseFriends.Pair pair = friends.pairs().get(0);
        assertTrue(pair.find("Actuellement, le port est fermé.", "Actually, the port is closed.").isPresent());
        assertFalse(pair.find("Actuellement, le port est fermé.", "It is factually closed.").isPresent(),
                "a word inside another word is not the false friend");
        assertFalse(pair.find("En fait, actuellement le port est fermé.", "Actually the port is closed now.").isPresent(),
                "a source word that justifies the target's");
    }

    @Test
    void anOppositeWithoutTheWordsRenderingIsFound() {
        Opposites opposites = Opposites.parse("l'année prochaine\tnext year\tlast year\tl'année dernière\tnext year\n");
        Opposites.Pair pair = opposites.pairs().get(0);
        assertEquals("last year", pair.find("Il reviendra l'année prochaine.", "He will return last year.").orElseThrow().group());
        assertFalse(pair.find("Il reviendra l'année prochaine.", "He will return next year, not last year.").isPresent());
    }
}
