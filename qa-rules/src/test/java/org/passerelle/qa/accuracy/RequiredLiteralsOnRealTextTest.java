package org.passerelle.qa.accuracy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.passerelle.core.lang.LanguageSupport;
import org.passerelle.core.lang.LanguageSupports;
import org.passerelle.core.lang.WordPattern;

/**
 * The language tables' patterns are passed over where their required literals are missing: on every
 * sentence of the labelled sets (French, English, Vietnamese), a pattern that matches is never
 * passed over, and most texts are passed over by most patterns (else the prefilter buys nothing).
 */
class RequiredLiteralsOnRealTextTest {

    @Test
    void noTablePatternIsPassedOverWhereItMatches() {
        List<WordPattern> patterns = new ArrayList<>();
        for (String tag : List.of("en-US", "vi-VN", "fr-FR")) {
            LanguageSupport language = LanguageSupports.of(tag);
            language.opposites("fr").pairs().forEach(p -> {
                patterns.addAll(List.of(p.source(), p.renderings(), p.opposites()));
                p.justifiedBy().ifPresent(patterns::add);
            });
            language.falseFriends("fr").pairs().forEach(p -> {
                patterns.addAll(List.of(p.source(), p.target()));
                p.justifiedBy().ifPresent(patterns::add);
            });
            patterns.addAll(language.countries().patterns().values());
        }
        List<String> texts = LabelledSet.all(List.of("a", "b", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v"))
                .stream().flatMap(u -> Stream.concat(u.sources().stream(), u.targets().stream())).distinct().toList();
        long passedOver = 0;
        long withLiterals = patterns.stream().filter(p -> !p.literals().literals().isEmpty()).count();
        for (WordPattern p : patterns) {
            for (String text : texts) {
                boolean may = p.literals().mayBeIn(text);
                assertTrue(may || !p.matcher(text).find(), () -> p.pattern() + " matches " + text);
                passedOver += may ? 0 : 1;
            }
        }
        assertTrue(withLiterals > patterns.size() * 0.8, withLiterals + " of " + patterns.size() + " patterns have literals");
        assertTrue(passedOver > 0.7 * patterns.size() * texts.size(), passedOver + " of " + patterns.size() * texts.size());
    }
}
