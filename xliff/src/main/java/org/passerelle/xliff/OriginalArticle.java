package org.passerelle.xliff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.passerelle.core.Article;

/**
 * What the XLIFF file says about the French original beyond its text, so that publishing, which
 * reads only the XLIFF, can give the translated article its date, byline and images and link it
 * back to the original. Written by prepare (see {@link OriginalArticleNotes}); every field but the
 * file name may be absent, in a file another tool made.
 *
 * @param file   the original's file name (the XLIFF {@code original} attribute)
 * @param fields url, title, date (ISO, "2024-08" or "2024-08-20"), author, agency, as extract found them
 * @param images the images of the original, each tied to the unit it goes with
 */
public record OriginalArticle(String file, Map<String, String> fields, List<Image> images) {

    /** The keys of {@link #fields}, in the order they are written. */
    static final List<String> KEYS = List.of("url", "title", "date", "author", "agency");

    /**
     * An image of the original.
     *
     * @param unitId the unit it belongs to: its caption, or the block it stood before
     * @param src    the image's address as the original gave it
     */
    public record Image(String unitId, String src) {
    }

    public OriginalArticle {
        fields = Map.copyOf(fields);
        images = List.copyOf(images);
    }

    static OriginalArticle none(String file) {
        return new OriginalArticle(file, Map.of(), List.of());
    }

    /** The article's metadata as extract found it, its images tied to the units prepared from it. */
    static OriginalArticle of(Article article, String file, List<TranslationUnit> units) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String key : KEYS) {
            String value = article.metadata().get(key);
            if (value != null && !value.isBlank()) {
                fields.put(key, value.strip());
            }
        }
        return new OriginalArticle(file, fields, ArticleImages.of(article, units));
    }

    public Optional<String> field(String key) {
        return Optional.ofNullable(fields.get(key));
    }

    /** The address of the image that goes with a unit, if any. */
    public Optional<String> imageOf(String unitId) {
        return images.stream().filter(i -> i.unitId().equals(unitId)).map(Image::src).findFirst();
    }

    OriginalArticle withImage(Image image) {
        List<Image> more = new ArrayList<>(images);
        more.add(image);
        return new OriginalArticle(file, fields, more);
    }
}
