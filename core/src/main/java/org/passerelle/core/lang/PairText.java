package org.passerelle.core.lang;

import java.util.function.BiConsumer;

/**
 * The format of the language modules' pair lists ({@code ONE=OTHER}, separated by commas or lines;
 * "#" starts a comment line), read once here for every list written so.
 */
final class PairText {
    private PairText() {
    }

    /** Each well-formed pair of {@code text}, both sides stripped; a malformed one is skipped. */
    static void forEach(String text, BiConsumer<String, String> pair) {
        for (String line : text.split("\\R")) {
            if (line.strip().startsWith("#")) {
                continue;
            }
            for (String item : line.split(",")) {
                String[] sides = item.split("=");
                if (sides.length == 2 && !sides[0].isBlank() && !sides[1].isBlank()) {
                    pair.accept(sides[0].strip(), sides[1].strip());
                }
            }
        }
    }
}
