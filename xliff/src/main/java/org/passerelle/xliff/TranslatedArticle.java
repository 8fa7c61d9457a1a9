package org.passerelle.xliff;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.passerelle.core.BlockRole;

/**
 * One language version of an article laid out as news copy, ready for any format: the headline,
 * the byline and date, then the body with the dateline run into the lead, captions and credits
 * gathered with their picture into figures, list items into lists. Built by {@link ArticleComposer}.
 *
 * @param id             the article id (the XLIFF file name without language and extension)
 * @param language       this version's language as the XLIFF declares it ("en-GB"; "fr-FR" for the original)
 * @param sourceLanguage the original's language
 * @param headline       the headline
 * @param body           the blocks after the headline, in reading order
 * @param byline         author, agency and date
 * @param original       what the XLIFF says about the original (address, file, metadata)
 */
record TranslatedArticle(String id, String language, String sourceLanguage, Headline headline, List<Element> body,
                         Byline byline, OriginalArticle original) {

    TranslatedArticle {
        body = List.copyOf(body);
    }

    /** True for the original itself, published from the XLIFF's source. */
    boolean isOriginal() {
        return language.equals(sourceLanguage);
    }

    /**
     * Text and the language it is in, when that is not the article's: a paragraph left in the
     * source language ({@code --allow-untranslated}) is marked as such in every format.
     *
     * @param lang the language tag of the text, or null for the article's language
     */
    record Text(String text, String lang) {
    }

    /** @param fromLead true when the article has no title block and the lead's first sentence stands in */
    record Headline(Text text, boolean fromLead) {
    }

    /** @param date ISO date as extract found it ("2024-08" or "2024-08-20") */
    record Byline(Optional<String> author, Optional<String> agency, Optional<String> date) {
        boolean isEmpty() {
            return author.isEmpty() && agency.isEmpty() && date.isEmpty();
        }
    }

    /** A block of the body. */
    sealed interface Element permits Paragraph, Figure, ItemList {
    }

    /**
     * @param role     what the block is: body, heading, dateline (when nothing follows it), credit (the sign-off), table cell
     * @param dateline the dateline run into this paragraph ("HANOI (VNA) –"), or null
     */
    record Paragraph(BlockRole role, Text text, Text dateline) implements Element {
    }

    /** A picture with its captions and credits; {@code image} is null when the source had only the caption. */
    record Figure(String image, List<Text> captions) implements Element {
        Figure {
            captions = List.copyOf(captions);
        }
    }

    record ItemList(List<Text> items) implements Element {
        ItemList {
            items = List.copyOf(items);
        }
    }

    /** Every text of the article in reading order, headline first: what a reader reads. */
    List<Text> texts() {
        List<Text> all = new ArrayList<>();
        all.add(headline.text());
        for (Element e : body) {
            if (e instanceof Paragraph p) {
                Optional.ofNullable(p.dateline()).ifPresent(all::add);
                all.add(p.text());
            } else if (e instanceof Figure f) {
                all.addAll(f.captions());
            } else if (e instanceof ItemList l) {
                all.addAll(l.items());
            }
        }
        return all;
    }
}
