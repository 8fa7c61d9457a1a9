package org.passerelle.qa.checks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.passerelle.glossary.Concept;
import org.passerelle.glossary.Term;
import org.passerelle.glossary.Termbase;
import org.passerelle.qa.Check;
import org.passerelle.qa.CheckContext;
import org.passerelle.qa.CheckMatch;
import org.passerelle.qa.CheckSettings;
import org.passerelle.qa.Side;
import org.passerelle.qa.languagetool.ProofMatch;
import org.passerelle.xliff.SegmentPair;
import org.passerelle.xliff.TranslationUnit;

/**
 * LanguageTool's dictionary-based spelling rules, on the target (English in the file's variant:
 * en-US flags "defence") and, unless turned off, on the source so the French desk can fix its
 * copy. Names are not reported (see {@link SpellingExemptions}).
 */
public final class SpellingCheck implements Check {
    public static final String ID = "spelling";

    private final boolean checkSource;
    private final Set<String> ignored;
    private volatile Set<String> termWords;

    public SpellingCheck(CheckSettings settings) {
        this.checkSource = settings.bool("check-source");
        this.ignored = new HashSet<>();
        for (String w : settings.string("ignore-words").split(",")) {
            if (!w.isBlank()) {
                ignored.add(WordFolding.fold(w.strip()));
            }
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<CheckMatch> check(TranslationUnit unit, CheckContext context) {
        Set<String> terms = new HashSet<>(termWords(context));
        terms.addAll(ignored);
        List<CheckMatch> matches = new ArrayList<>();
        for (SegmentPair s : unit.segments()) {
            SpellingExemptions names = new SpellingExemptions(s.source(), s.target(), terms);
            if (checkSource) {
                proofread(s.id(), Side.SOURCE, s.source(), unit.sourceLanguage(), names, context, matches);
            }
            if (s.hasTarget()) {
                proofread(s.id(), Side.TARGET, s.target(), unit.targetLanguage(), names, context, matches);
            }
        }
        return matches;
    }

    private static void proofread(String segment, Side side, String text, String lang, SpellingExemptions names,
                                  CheckContext context, List<CheckMatch> out) {
        for (ProofMatch m : context.proofreader().check(lang, text)) {
            if (!m.spelling()) {
                continue;
            }
            String word = text.substring(m.offset(), m.offset() + m.length());
            if (names.exempt(word, side)) {
                continue;
            }
            String message = "'" + word + "' is not in the " + lang + " dictionary"
                    + (m.suggestions().isEmpty() ? "; check the spelling" : "; did you mean '" + m.suggestions().get(0) + "'?");
            out.add(new CheckMatch(segment, side, m.offset(), m.length(), message, m.suggestions()));
        }
    }

    private Set<String> termWords(CheckContext context) {
        Set<String> words = termWords;
        if (words == null) {
            words = new HashSet<>();
            Termbase tb = context.termbase().orElse(null);
            if (tb != null) {
                for (Concept c : tb.concepts()) {
                    for (Term t : c.terms()) {
                        words.addAll(WordFolding.words(t.text()));
                    }
                }
            }
            termWords = words;
        }
        return words;
    }
}
