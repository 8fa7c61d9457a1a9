package org.passerelle.extract.blocks;

import java.util.regex.Pattern;
import org.passerelle.core.BlockRole;

/**
 * One line of a rules file: what to look for in a block and the role it gives.
 *
 * @param action  how the match is applied
 * @param role    the role given to the matched text (or block)
 * @param pattern the regular expression
 * @param origin  "file:line" the rule came from, for messages
 */
public record Rule(Action action, BlockRole role, Pattern pattern, String origin) {

    public enum Action {
        /** The whole block gets the role when the pattern is found in it. */
        BLOCK,
        /** As BLOCK, but only before the first body paragraph (where captions and leads sit). */
        LEAD,
        /** The block and every block after it get the role ("Voir plus" and its teasers). */
        REST,
        /** A match at the start of a block becomes its own block ("Hanoi (VNA) –"). */
        PREFIX,
        /** A match at the end of a block becomes its own block (" -VNA"). */
        SUFFIX,
        /** A match inside a block cuts it in two; the match itself gets the role ("ảnh 1"). */
        MARKER,
        /** An HTML element whose name, class or id matches gets the role, with all it contains. */
        HTML
    }
}
