package org.passerelle.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ExcerptTest {
    @Test
    void shortTextIsQuotedWhole() {
        assertEquals("'maybe'", Excerpt.quoted("maybe"));
        assertEquals("'" + "x".repeat(80) + "'", Excerpt.quoted("x".repeat(80)));
    }

    @Test
    void longTextIsCutAndItsLengthSaid() {
        assertEquals("'" + "x".repeat(80) + "…' (10,485,760 characters)", Excerpt.quoted("x".repeat(10 << 20)));
    }

    @Test
    void aCutNeverSplitsACharacter() {
        String emoji = "x".repeat(79) + "😀".repeat(10);
        assertEquals("'" + "x".repeat(79) + "…' (99 characters)", Excerpt.quoted(emoji));
    }
}
