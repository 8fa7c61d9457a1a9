package org.passerelle.extract.blocks;

import java.util.List;
import org.apache.tika.metadata.Metadata;

/**
 * What Tika gave for one file, before classification.
 *
 * @param mediaType detected media type without parameters ("text/plain")
 * @param text      the extracted plain text that block offsets point into
 * @param blocks    structural blocks in reading order
 * @param metadata  Tika's metadata (title, author, dates, encoding ...)
 * @param images    the pictures, each with the block it goes with
 */
public record ParsedDocument(String mediaType, String text, List<RawBlock> blocks, Metadata metadata,
                             List<BlockCollector.Image> images) {
}
