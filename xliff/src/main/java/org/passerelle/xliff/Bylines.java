package org.passerelle.xliff;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The byline as one line of text, in the article's language: "By Thu Hà, VNA · 20 August 2024". */
final class Bylines {

    private Bylines() {
    }

    /** "Thu Hà, VNA", or empty when neither author nor agency is known. */
    static Optional<String> names(TranslatedArticle article) {
        List<String> parts = new ArrayList<>();
        article.byline().author().ifPresent(parts::add);
        article.byline().agency().ifPresent(parts::add);
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", parts));
    }

    /** The date in the language's long form, when the article has a date. */
    static Optional<String> date(TranslatedArticle article) {
        return article.byline().date().flatMap(NewsStyle.of(article.language())::date);
    }

    static Optional<String> line(TranslatedArticle article) {
        NewsStyle style = NewsStyle.of(article.language());
        Optional<String> names = names(article).map(n -> style.label("byline") + " " + n);
        Optional<String> date = date(article);
        if (names.isPresent() && date.isPresent()) {
            return Optional.of(names.get() + " · " + date.get());
        }
        return names.or(() -> date);
    }
}
