package org.passerelle.core;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A document reduced to what a translator should see.
 *
 * @param id        stable article id: the file name without extension ("001_7c7e6a35cfde74b3")
 * @param source    the file it came from
 * @param mediaType the detected media type ("text/plain", "application/pdf" ...)
 * @param language  the detected (or declared) language of the whole article, e.g. "fr"
 * @param metadata  title, date, author/agency ... where present (keys: "title", "date", "author", "agency", "url",
 *                  "image.N" and "image.N.block": picture N's address and the text of the block it goes with)
 * @param blocks    every block in reading order, boilerplate included (role BOILERPLATE)
 */
public record Article(String id, Path source, String mediaType, String language,
                      Map<String, String> metadata, List<Block> blocks) {
    public Article {
        metadata = Map.copyOf(metadata);
        blocks = List.copyOf(blocks);
    }

    /** The blocks that go to translation, in reading order. */
    public List<Block> translatableBlocks() {
        return blocks.stream().filter(b -> b.role().translatable()).toList();
    }
}
