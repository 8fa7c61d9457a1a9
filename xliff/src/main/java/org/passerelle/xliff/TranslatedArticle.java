package org.passerelle.xliff;

import java.util.List;
import java.util.Optional;
import org.passerelle.core.BlockRole;

/**
 * A translated article in the order and structure of the original, ready to be published.
 *
 * @param id         the article id
 * @param language   the target language as the XLIFF declares it ("en-GB")
 * @param paragraphs the blocks in reading order
 */
record TranslatedArticle(String id, String language, List<Paragraph> paragraphs) {

    /** One block of the article: its role and translated text. */
    record Paragraph(BlockRole role, String text) {
    }

    /** The title: the first TITLE block, else the article id. */
    String title() {
        return paragraphs.stream().filter(p -> p.role() == BlockRole.TITLE).map(Paragraph::text).findFirst()
                .orElse(id);
    }

    Optional<Paragraph> titleParagraph() {
        return paragraphs.stream().filter(p -> p.role() == BlockRole.TITLE).findFirst();
    }
}
