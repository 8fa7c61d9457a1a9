package org.passerelle.xliff;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.passerelle.core.Article;

/**
 * Ties the images extract found ({@code image.N} = address, {@code image.N.block} = the text of the
 * block the image goes with: its figure's caption, else the block after it) to prepared units.
 * The text is the link because unit ids are made by prepare, after extraction.
 */
final class ArticleImages {

    private ArticleImages() {
    }

    static List<OriginalArticle.Image> of(Article article, List<TranslationUnit> units) {
        List<OriginalArticle.Image> images = new ArrayList<>();
        for (int n = 1; article.metadata().containsKey("image." + n); n++) {
            String src = article.metadata().get("image." + n).strip();
            String block = article.metadata().getOrDefault("image." + n + ".block", "");
            unitFor(block, units).ifPresent(u -> images.add(new OriginalArticle.Image(u.id(), src)));
        }
        return images;
    }

    /** The unit holding the block's text; an image before boilerplate or nothing goes with the first unit. */
    private static Optional<TranslationUnit> unitFor(String blockText, List<TranslationUnit> units) {
        String text = SourceText.clean(blockText);
        return units.stream().filter(u -> !text.isEmpty() && u.sourceText().equals(text)).findFirst()
                .or(() -> units.stream().filter(u -> !text.isEmpty() && u.sourceText().startsWith(text)).findFirst())
                .or(() -> units.stream().findFirst());
    }
}
