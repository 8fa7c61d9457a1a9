package org.passerelle.core;

import java.util.Objects;

/**
 * One block of an article in reading order.
 *
 * @param role     what the block is
 * @param text     the clean text (whitespace normalised, no markup)
 * @param language detected language (BCP 47 primary tag, e.g. "fr"), or the article's when too short to tell
 *                 or boilerplate
 * @param start    offset of the block in the extracted plain text of the document
 * @param end      end offset (exclusive) in the same text
 */
public record Block(BlockRole role, String text, String language, int start, int end) {
    public Block {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(text, "text");
    }
}
