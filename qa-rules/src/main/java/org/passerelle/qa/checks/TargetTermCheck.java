package org.passerelle.qa.checks;

import java.util.List;
import org.passerelle.glossary.TermHit;
import org.passerelle.qa.CheckContext;
import org.passerelle.qa.CheckDefinition;
import org.passerelle.qa.CheckMatch;
import org.passerelle.qa.SegmentCheck;
import org.passerelle.xliff.SegmentPair;
import org.passerelle.xliff.TranslationUnit;

/**
 * A check of the termbase terms a translation writes ({@code term.forbidden}, {@code term.case}):
 * it runs when the termbase has the target language, finds the terms in each target segment and
 * hands every hit to {@link #checkHit}.
 */
abstract class TargetTermCheck extends SegmentCheck {

    TargetTermCheck(CheckDefinition definition) {
        super(definition);
    }

    @Override
    protected final boolean appliesTo(TranslationUnit unit, CheckContext context) {
        return context.termMatcher(unit.targetLanguage()).isPresent();
    }

    @Override
    protected final void checkSegment(TranslationUnit unit, SegmentPair s, CheckContext context, List<CheckMatch> matches) {
        // "hanoi" or "south-china-sea" in an address is copied, neither a name in lower case nor a term used.
        String text = Verbatim.blanked(s.target());
        for (TermHit hit : context.termMatcher(unit.targetLanguage()).get().find(text)) {
            checkHit(hit, text, unit, s, context, matches);
        }
    }

    /** Adds the findings about one term of the translation; {@code text} is what was searched: the target with its addresses blanked. */
    protected abstract void checkHit(TermHit hit, String text, TranslationUnit unit, SegmentPair s, CheckContext context,
                                     List<CheckMatch> matches);

    /** The unit's source language, or the termbase's when the file does not say. */
    static String sourceLanguage(TranslationUnit unit, CheckContext context) {
        return unit.sourceLanguage() != null ? unit.sourceLanguage()
                : context.termbase().map(tb -> tb.sourceLanguage()).orElse(null);
    }
}
