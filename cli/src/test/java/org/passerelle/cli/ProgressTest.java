package org.passerelle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProgressTest {
    @Test
    void anIndefiniteLineCoversTheBarItReplaces() {
        String line = Progress.indefiniteLine("starting LanguageTool", Duration.ofSeconds(64), 100);
        assertEquals(99, line.length(), "all but the last column, so the terminal does not wrap");
        assertEquals("starting LanguageTool … 1:04", line.strip());
    }

    @Test
    void aNarrowTerminalGetsTheLineUnpadded() {
        assertEquals("starting LanguageTool … 0:04", Progress.indefiniteLine("starting LanguageTool", Duration.ofSeconds(4), 10));
    }
}
