package org.passerelle.qa.checks;

import org.passerelle.core.lang.LanguageSupport;
import org.passerelle.qa.CheckContext;
import org.passerelle.qa.Side;
import org.passerelle.xliff.SegmentPair;
import org.passerelle.xliff.TranslationUnit;

/**
 * A segment as the number checks read it ({@code number.mismatch}, {@code locale.number}): each
 * side's language, and each side's text with the numbers the translation copies verbatim
 * ({@link CopiedNumbers}) blanked out, offsets unchanged, so that neither check counts them.
 */
final class NumberSides {
    final LanguageSupport sourceLanguage;
    final LanguageSupport targetLanguage;
    final StringBuilder source;
    final StringBuilder target;

    private NumberSides(LanguageSupport sourceLanguage, LanguageSupport targetLanguage, String source, String target) {
        this.sourceLanguage = sourceLanguage;
        this.targetLanguage = targetLanguage;
        this.source = new StringBuilder(source);
        this.target = new StringBuilder(target);
        CopiedNumbers.blank(this.source, this.target, sourceLanguage.numbers(), targetLanguage.numbers());
    }

    static NumberSides of(TranslationUnit unit, SegmentPair s, CheckContext context) {
        return new NumberSides(context.language(unit, Side.SOURCE), context.language(unit, Side.TARGET), s.source(),
                s.target());
    }
}
