package org.passerelle.qa.checks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Locale;
import java.util.Set;
import org.passerelle.core.lang.Feature;
import org.passerelle.core.lang.LanguageSupport;
import org.passerelle.core.lang.Lexicon;
import org.passerelle.core.Languages;
import org.passerelle.glossary.Term;
import org.passerelle.qa.CheckContext;
import org.passerelle.qa.CheckDefinition;
import org.passerelle.qa.CheckMatch;
import org.passerelle.qa.CheckSettings;
import org.passerelle.qa.IssueType;
import org.passerelle.qa.Parameter;
import org.passerelle.qa.SegmentCheck;
import org.passerelle.qa.Severity;
import org.passerelle.qa.Side;
import org.passerelle.qa.vi.SyllableRules;
import org.passerelle.xliff.SegmentPair;
import org.passerelle.xliff.TranslationUnit;

/**
 * Words of the source language left in a translation ("strengthen la coopération", "duy trì các
 * visites mutuelles"), whether or not the source has them: a lower-case word the source language's
 * dictionary knows and the target language does not (its dictionary, its loanwords, for
 * Vietnamese its syllables, the termbase's terms in it). Names are capitalised and pass; so do the
 * loanwords a language shares ("détente", "communiqué" are English words too). A source function
 * word with the lower-case word it has before it in the source is left over even where the target
 * has both words ("of la justice": {@code LanguageSupport.functionWords}); and in a language written
 * in syllables a word that cannot be one of them, between two that can, is no name particle
 * ("Việt Nam - Nga et Nga - Việt Nam").
 */
public final class UntranslatedWordsCheck extends SegmentCheck {
    public static final CheckDefinition DEFINITION = CheckDefinition.of("target.untranslated", IssueType.UNTRANSLATED,
            Severity.ERROR, "Words or phrases of the source language left in the translation (\"la coopération\");"
                    + " loanwords the target language shares and names are not reported", UntranslatedWordsCheck::new)
            .parameter(Parameter.list("allowed-words", "", "words never reported (case-insensitive), e.g. a French"
                    + " term the desk keeps in its translations"));
    /** Between two left-over words, a short word of both languages ("la", "en") belongs to the same fragment. */
    private static final int BRIDGE = 3;

    private final Set<String> allowed = new HashSet<>();
    private final Map<String, Set<String>> termWords = new ConcurrentHashMap<>();

    public UntranslatedWordsCheck(CheckSettings settings) {
        super(DEFINITION);
        for (String w : settings.string("allowed-words").split(",")) {
            if (!w.isBlank()) {
                allowed.add(w.strip().toLowerCase(Locale.ROOT));
            }
        }
    }

    @Override
    protected boolean appliesTo(TranslationUnit unit, CheckContext context) {
        LanguageSupport source = context.language(unit, Side.SOURCE);
        LanguageSupport target = context.language(unit, Side.TARGET);
        boolean targetKnowsWords = target.lexicon() != Lexicon.NONE
                || target.has(Feature.VIETNAMESE_SYLLABLES);
        return !source.language().equals(target.language()) && source.lexicon() != Lexicon.NONE
                && targetKnowsWords;
    }

    @Override
    protected void checkSegment(TranslationUnit unit, SegmentPair s, CheckContext context, List<CheckMatch> matches) {
        LanguageSupport source = context.language(unit, Side.SOURCE);
        LanguageSupport target = context.language(unit, Side.TARGET);
        String text = s.target();
        if (text.strip().equals(s.source().strip())) {
            // A segment copied whole is target.same-as-source's: "date 2024-08" rightly stays as it is.
            return;
        }
        List<TextWord> words = TextWord.of(withoutPhrases(Verbatim.blanked(text), target));
        boolean[] left = new boolean[words.size()];
        for (int i = 0; i < words.size(); i++) {
            left[i] = leftOver(words.get(i), text, source, target, termWords(context, unit.targetLanguage()))
                    && (!nameParticle(words, i, source) || noSyllableAmongSyllables(words, i, target));
        }
        List<String> sourceSequence = new ArrayList<>();
        TextWord.of(s.source()).forEach(w -> sourceSequence.add(w.text().toLowerCase(Locale.ROOT)));
        markFunctionWordPhrases(words, text, sourceSequence, source, left);
        Set<String> sourceWords = new HashSet<>(sourceSequence);
        int i = 0;
        while (i < words.size()) {
            if (!left[i]) {
                i++;
                continue;
            }
            int end = i;
            while (end + 1 < words.size() && (left[end + 1] || bridges(words, left, end + 1, source))) {
                end++;
            }
            int first = i;
            while (first > 0 && copied(words, first - 1, first, text, sourceWords, source)) {
                first--;
            }
            while (end + 1 < words.size() && copied(words, end + 1, end, text, sourceWords, source)) {
                end++;
            }
            int from = words.get(first).start();
            int to = words.get(end).end();
            matches.add(new CheckMatch(s.id(), Side.TARGET, from, to - from, "'" + text.substring(from, to) + "' is "
                    + source.name() + ", not " + target.name() + ": translate it", List.of()));
            i = end + 1;
        }
    }

    /**
     * A word next to a fragment, copied from the source with it, belongs to it even when the target
     * language has the word too ("la" and "temps" in "la coopération dans le temps à venir").
     */
    private static boolean copied(List<TextWord> words, int i, int neighbour, String text, Set<String> sourceWords,
                                  LanguageSupport source) {
        TextWord w = words.get(i);
        TextWord n = words.get(neighbour);
        String between = i < neighbour ? text.substring(w.end(), n.start()) : text.substring(n.end(), w.start());
        String word = w.text().toLowerCase(Locale.ROOT);
        return between.isBlank() && sourceWords.contains(word) && source.lexicon().knows(word)
                && (!w.capitalised() || w.startsSentence(text));
    }

    /** The target's loanword phrases ("de facto", "chargé d'affaires") blanked out: their words are not left over. */
    private static String withoutPhrases(String text, LanguageSupport target) {
        StringBuilder b = new StringBuilder(text);
        String lower = text.toLowerCase(Locale.ROOT);
        for (String phrase : target.loanwords()) {
            if (phrase.indexOf(' ') < 0 && phrase.indexOf('\'') < 0) {
                continue;
            }
            for (int at = lower.indexOf(phrase); at >= 0; at = lower.indexOf(phrase, at + 1)) {
                for (int i = at; i < at + phrase.length(); i++) {
                    b.setCharAt(i, ' ');
                }
            }
        }
        return b.toString();
    }

    /**
     * "de" in "Charles de Gaulle", "du" in "Le Courrier du Vietnam", "de la" in "Sierra de la Ventana":
     * one or two short words between two capitalised ones. A conjunction of the source ("et") joins
     * two names, it is part of neither ("Vietnam et la Russie").
     */
    private static boolean nameParticle(List<TextWord> words, int i, LanguageSupport source) {
        if (words.get(i).text().length() > 3 || source.listConjunctions().contains(words.get(i).text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        int before = i - 1;
        int after = i + 1;
        if (before >= 0 && particleLike(words.get(before), source)) {
            before--;
        } else if (after < words.size() && particleLike(words.get(after), source)) {
            after++;
        }
        return before >= 0 && after < words.size() && words.get(before).capitalised() && words.get(after).capitalised();
    }

    private static boolean particleLike(TextWord w, LanguageSupport source) {
        return !w.capitalised() && w.text().length() <= 3
                && !source.listConjunctions().contains(w.text().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the word at {@code i} cannot be a syllable of the target while the words on each side
     * can: "et" in "Nga et Nga" is no particle of a name, as "de" of "Charles de Gaulle" may be.
     */
    private static boolean noSyllableAmongSyllables(List<TextWord> words, int i, LanguageSupport target) {
        return target.has(Feature.VIETNAMESE_SYLLABLES) && SyllableRules.check(words.get(i).text()).isPresent()
                && SyllableRules.check(words.get(i - 1).text()).isEmpty()
                && SyllableRules.check(words.get(i + 1).text()).isEmpty();
    }

    /**
     * Marks the source's function words followed by a lower-case word of the source language, where
     * the source has the same words in a row ("la justice" of "de la justice"): whatever the
     * target's dictionary says of each, together they were not translated. A name ("La Paz", "Le
     * Monde", "de la Ventana") ends in a capital; the target's loanword phrases ("à la carte", "de
     * facto") are blanked out before.
     */
    private static void markFunctionWordPhrases(List<TextWord> words, String text, List<String> sourceSequence,
                                                LanguageSupport source, boolean[] left) {
        Set<String> function = source.functionWords();
        for (int i = 0; i < words.size(); i++) {
            TextWord first = words.get(i);
            if (!function.contains(first.text().toLowerCase(Locale.ROOT))
                    || first.capitalised() && !first.startsSentence(text)) {
                continue;
            }
            int k = i;
            while (k < words.size() && function.contains(words.get(k).text().toLowerCase(Locale.ROOT))
                    && text.substring(words.get(k).end(), k + 1 < words.size() ? words.get(k + 1).start() : text.length()).isBlank()) {
                k++;
            }
            if (k == i || k >= words.size()) {
                continue;
            }
            TextWord content = words.get(k);
            String word = content.text().toLowerCase(Locale.ROOT);
            if (function.contains(word) || content.capitalised() || content.text().chars().anyMatch(Character::isDigit)
                    || !source.lexicon().knows(word)) {
                continue;
            }
            List<String> phrase = new ArrayList<>();
            for (int j = i; j <= k; j++) {
                phrase.add(words.get(j).text().toLowerCase(Locale.ROOT));
            }
            if (Collections.indexOfSubList(sourceSequence, phrase) >= 0) {
                for (int j = i; j <= k; j++) {
                    left[j] = true;
                }
            }
        }
    }

    private static boolean bridges(List<TextWord> words, boolean[] left, int i, LanguageSupport source) {
        return i + 1 < words.size() && left[i + 1] && words.get(i).text().length() <= BRIDGE
                && source.lexicon().knows(words.get(i).text().toLowerCase(Locale.ROOT));
    }

    private boolean leftOver(TextWord w, String text, LanguageSupport source, LanguageSupport target,
                             Set<String> terms) {
        if (w.capitalised() && !w.startsSentence(text) || w.text().length() < 2
                || w.text().chars().anyMatch(Character::isDigit)) {
            return false;
        }
        String word = w.text().toLowerCase(Locale.ROOT);
        if (allowed.contains(word) || terms.contains(word) || !sourceWord(word, source)) {
            return false;
        }
        return !targetWord(word, target, source);
    }

    /**
     * A word of the source language, or an elided one whose word is ("l'amitié", "d'accord"). A
     * single letter after the apostrophe is an English possessive ("Vietnam's"), not an elision.
     */
    private static boolean sourceWord(String word, LanguageSupport source) {
        if (source.lexicon().knows(word)) {
            return true;
        }
        int elision = Math.max(word.lastIndexOf('\''), word.lastIndexOf('’'));
        return elision > 0 && elision < word.length() - 2 && source.lexicon().knows(word.substring(elision + 1));
    }

    /**
     * The target language's own word, or every part of a hyphenated or elided one is; but a compound
     * the source language's dictionary has whole ("tout-terrain", "après-midi") is that language's
     * word, whatever its parts are in the target ("tout", "terrain").
     */
    private static boolean targetWord(String word, LanguageSupport target, LanguageSupport source) {
        if (knows(word, target)) {
            return true;
        }
        if (word.indexOf('-') > 0 && source.lexicon().knows(word)) {
            return false;
        }
        String[] parts = word.split("['’-]");
        if (parts.length < 2) {
            return false;
        }
        for (String part : parts) {
            if (!part.isEmpty() && !knows(part, target)) {
                return false;
            }
        }
        return true;
    }

    private static boolean knows(String word, LanguageSupport target) {
        return target.lexicon().knows(word) || target.loanwords().contains(word)
                || target.has(Feature.VIETNAMESE_SYLLABLES) && SyllableRules.check(word).isEmpty();
    }

    /** The words of the termbase's terms in the target language, which the translation is right to use. */
    private Set<String> termWords(CheckContext context, String language) {
        return termWords.computeIfAbsent(language, l -> {
            Set<String> all = new HashSet<>();
            context.termbase().ifPresent(tb -> tb.concepts().forEach(c -> {
                for (Term t : c.terms()) {
                    if (Languages.sameLanguage(t.language(), l)) {
                        TextWord.of(t.text()).forEach(w -> all.add(w.text().toLowerCase(Locale.ROOT)));
                    }
                }
            }));
            return all;
        });
    }
}
