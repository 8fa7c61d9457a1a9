package org.passerelle.core.lang;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Everything Passerelle knows about one language, in one place: how LanguageTool checks it, which
 * region a bare tag gets, how its words become term-matching keys, how it writes numbers and times
 * of day, its punctuation, and which checks its script calls for. Checks and the term matcher ask
 * {@link LanguageSupports#of} for the support of a side's language tag instead of comparing codes.
 *
 * <p>One implementation per language, each in a module of its own ({@code lang-fr}, ...), found
 * through {@link java.util.ServiceLoader} ({@code META-INF/services/org.passerelle.core.lang.LanguageSupport}).
 * Every method but {@link #language()} has the neutral default, so a language states only what
 * differs. Implementations are shared by every thread of the JVM: they must be immutable (or
 * thread-safe, like the caching term keys) and cheap to construct; anything slow (a LanguageTool
 * tagger) is created on first use.
 */
public interface LanguageSupport {

    /** The ISO 639 primary language code this supports, lower case: "fr", "en", "vi". */
    String language();

    /** The English name of the language, for messages ("French puts a space before ':'"). */
    default String name() {
        String name = Locale.forLanguageTag(language()).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() ? language() : name;
    }

    /**
     * The region a bare tag gets in the XLIFF the desk writes ("GB" for en, so "en" becomes "en-GB"),
     * because spelling checks and CAT tools need the variant; empty to keep the bare tag.
     */
    default Optional<String> defaultRegion() {
        return Optional.empty();
    }

    /**
     * The LanguageTool language code for a tag of this language ("en-GB" → "en-GB", a bare "en" →
     * "en-US"), or empty when LanguageTool does not check this language (then spelling and grammar
     * report nothing for it).
     */
    default Optional<String> languageToolCode(String tag) {
        return Optional.empty();
    }

    /**
     * Called before LanguageTool is first created for this language: a language module hands
     * LanguageTool what its build prepared for it (its compiled spelling dictionaries), so that the
     * run does not do that work again.
     */
    default void beforeLanguageTool() {
    }

    /**
     * Pattern rules of Passerelle's own, in LanguageTool's XML rule format ({@code grammar.xml}), that
     * LanguageTool adds to its rules for this language: errors of translated text its rules miss
     * ("The two sides has welcomed"); empty by default.
     */
    default Optional<String> grammarRules() {
        return Optional.empty();
    }

    /** A short, correct sentence LanguageTool checks once per new instance, to pay its slow first check up front. */
    default String warmUpText() {
        return "";
    }

    /** How this language's words become keys for term matching (lemmas, folded accents, tone-normalised syllables). */
    default TermKeys termKeys() {
        return LatinKeys.PLAIN;
    }

    /** Decimal and grouping separators. */
    default NumberStyle numbers() {
        return NumberStyle.NEUTRAL;
    }

    /** Numbers and months written as words ("trois", "October"), which excuse a number written in digits on the other side. */
    default NumberNames numberNames() {
        return NumberNames.NONE;
    }

    /** The order of day and month in a date written in figures ("9/11"), by region; day first unless said. */
    default DateOrder dateOrder() {
        return DateOrder.DAY_FIRST;
    }

    /** How this language writes times of day ("14h30", "2:30 pm"). */
    default TimeStyle times() {
        return TimeStyle.NEUTRAL;
    }

    /** Spacing before high punctuation and quotation marks. */
    default PunctuationStyle punctuation() {
        return PunctuationStyle.NEUTRAL;
    }

    /**
     * True when doubling a word is part of the language's word formation ("từ từ", "xa xa"): then
     * no doubled word is reported as a typo.
     */
    default boolean reduplicates() {
        return false;
    }

    /** Lower-case words that grammar allows twice in a row ("nous nous", "had had"). */
    default Set<String> allowedRepeats() {
        return Set.of();
    }

    /**
     * For a language that {@link #reduplicates()}: the lower-case words it never doubles (Vietnamese
     * "và", "của"), so that "và và" is reported while "từ từ" is not.
     */
    default Set<String> notReduplicated() {
        return Set.of();
    }

    /**
     * Abbreviations the language writes with dots or slashes ("v.v.", "TP.", "Th.S", "đ/c" in
     * Vietnamese), as written: their letters are no words of their own, so word checks skip them.
     */
    default Set<String> abbreviations() {
        return Set.of();
    }

    /** How the language says "not", for comparing a source's negations with its translation's; empty when unknown. */
    default Optional<Negation> negation() {
        return Optional.empty();
    }

    /**
     * This language's well-known false friends of words of {@code sourceLanguage} (English "actually"
     * for French "actuellement"); none by default.
     */
    default FalseFriends falseFriends(String sourceLanguage) {
        return FalseFriends.NONE;
    }

    /** The language's dictionary: which words are its own; knows no word by default. */
    default Lexicon lexicon() {
        return Lexicon.NONE;
    }

    /**
     * Lower-case words of other languages that this one writes as its own (Vietnamese "video",
     * "email", "internet"): not misspelt, not left untranslated.
     */
    default Set<String> loanwords() {
        return Set.of();
    }

    /**
     * Names of the language's news as it writes them, diacritics and all (Vietnamese "Tô Lâm",
     * "Lương Cường"): a name written with other diacritics is another name, or a slip. None by default.
     */
    default WordList writtenNames() {
        return WordList.NONE;
    }

    /**
     * For a language written in syllables, its frequent words of two ("quốc phòng", "hàng hải"): two
     * syllables that are no such word but become one when only their diacritics change are a slip.
     */
    default WordList compoundWords() {
        return WordList.NONE;
    }

    /** The countries the language names, by their names, adjectives and capitals; none by default. */
    default CountryNames countries() {
        return CountryNames.NONE;
    }

    /**
     * As a target, how it renders words of {@code sourceLanguage} whose meaning a translation can
     * reverse, and their opposites ("l'année prochaine": "next year", not "last year"); none by default.
     */
    default Opposites opposites(String sourceLanguage) {
        return Opposites.NONE;
    }

    /** How the language spells foreign names, so that two spellings of one name meet ("Choïgou", "Shoigu"). */
    default NameSpelling nameSpelling() {
        return NameSpelling.NONE;
    }

    /**
     * How this language, as a target, writes the acronyms of {@code sourceLanguage} ("fr": "ONU" as
     * "UN" in English, "VNA" as "TTXVN" in Vietnamese), for when the termbase does not have them.
     */
    default AcronymEquivalents acronymEquivalents(String sourceLanguage) {
        return AcronymEquivalents.NONE;
    }

    /**
     * The lower-case words and phrases that join the last items of a list ("et", "and", "và"):
     * an item left out of "X, Y, Z et W" is counted by them and the commas.
     */
    default Set<String> listConjunctions() {
        return Set.of();
    }

    /**
     * Where a sentence joins a second verb to its subject, the conjunction and that verb (French "… attachait une
     * grande importance aux relations et souhaitait les renforcer": "et souhaitait"): a translation with
     * fewer conjunctions than the source, and much shorter, left that part out. Empty by default.
     */
    default Optional<Pattern> joinedPredicate() {
        return Optional.empty();
    }

    /** The verbs whose subject and object a translation must not swap ("a reçu", "received"); none by default. */
    default Optional<RoleVerbs> roleVerbs() {
        return Optional.empty();
    }

    /**
     * The lower-case articles, prepositions and conjunctions of the language (French "la", "des",
     * "avec", "et"): as a source, such a word left in a translation before a word the source has
     * with it is untranslated, even where the target's dictionary has the word ("la justice" in
     * English). None by default.
     */
    default Set<String> functionWords() {
        return Set.of();
    }

    /**
     * True when a comma may stand before the conjunction of a list ("X, Y, and Z"); where it may
     * not (French, Vietnamese), a comma and a conjunction close an apposition instead.
     */
    default boolean serialComma() {
        return true;
    }

    /**
     * The lower-case words that name a person's office ("minister", "president", "secretary"), which
     * the language writes in lower case when they are generic ("the prime minister said"): a termbase
     * term ending in one is a title, not a name that must keep its capitals.
     */
    default Set<String> officeTitles() {
        return Set.of();
    }

    /** What the language's writing calls for beyond the common checks (e.g. the Vietnamese syllable checks). */
    default Set<Feature> features() {
        return Set.of();
    }

    /** True when {@link #features()} has {@code feature}. */
    default boolean has(Feature feature) {
        return features().contains(feature);
    }
}
