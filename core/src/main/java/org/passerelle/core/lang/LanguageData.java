package org.passerelle.core.lang;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A language's data, as Translate Toolkit's {@code translate/lang} modules hold it: one value per
 * question a check or the term matcher asks, the neutral answer unless the language says otherwise.
 * Built with {@link #of} and its {@link Builder}, then handed to {@link DeclaredLanguage}; a new kind
 * of data is one component, one builder method and one answer there.
 *
 * @param loanwords        lower-case words of other languages that this one writes as its own
 *                         (Vietnamese "video", "email"): not spelling errors, not words left untranslated
 * @param notReduplicated  for a language that reduplicates, the lower-case words it never doubles
 *                         (Vietnamese "và", "của"): doubled, they are typos
 * @param abbreviations    abbreviations written with dots or slashes ("v.v.", "TP."), as written
 * @param nameSpelling     how the language spells foreign names ("Shoigu", "Choïgou")
 * @param acronyms         source language → how this language writes its acronyms ("fr": "ONU" as "UN")
 * @param listConjunctions the lower-case words that join the last items of a list ("and", "và")
 * @param negation         how the language says "not"; empty when unknown
 * @param falseFriends     source language → this language's false friends of its words
 * @param writtenNames     names of the language's news as it writes them, diacritics and all ("Tô Lâm")
 * @param compoundWords    for a language written in syllables, its frequent words of two ("quốc phòng")
 * @param opposites        source language → this language's renderings of words and of their opposites
 * @param dates            the order of day and month in a date written in figures, by region
 * @param serialComma      true when a comma may stand before the conjunction of a list ("X, Y, and Z")
 * @param officeTitles     lower-case head words of a person's office ("minister"), generic in lower case
 * @param functionWords    lower-case articles, prepositions and conjunctions ("la", "des", "avec")
 * @param grammarRules     LanguageTool pattern rules of Passerelle's own for the language, in LanguageTool's XML format
 * @param countries        the countries the language names, by their names, adjectives and capitals
 * @param joinedPredicate  where a sentence joins a second verb to its subject ("… et souhaitait"); empty when unknown
 * @param roleVerbs        verbs whose subject and object a translation must not swap ("a reçu"); empty when unknown
 */
public record LanguageData(String language, Optional<String> defaultRegion, String warmUpText, NumberStyle numbers,
                           NumberNames numberNames, TimeStyle times, PunctuationStyle punctuation,
                           boolean reduplicates, Set<String> allowedRepeats, Set<Feature> features,
                           Set<String> loanwords, Set<String> notReduplicated, Set<String> abbreviations,
                           NameSpelling nameSpelling, Map<String, AcronymEquivalents> acronyms,
                           Set<String> listConjunctions, Optional<Negation> negation,
                           Map<String, FalseFriends> falseFriends, WordList writtenNames,
                           WordList compoundWords, Map<String, Opposites> opposites,
                           DateOrder dates, boolean serialComma, Set<String> officeTitles,
                           Set<String> functionWords, Optional<String> grammarRules, CountryNames countries,
                           Optional<Pattern> joinedPredicate, Optional<RoleVerbs> roleVerbs) {
    public LanguageData {
        allowedRepeats = Set.copyOf(allowedRepeats);
        features = Set.copyOf(features);
        loanwords = Set.copyOf(loanwords);
        notReduplicated = Set.copyOf(notReduplicated);
        abbreviations = Set.copyOf(abbreviations);
        acronyms = Map.copyOf(acronyms);
        listConjunctions = Set.copyOf(listConjunctions);
        falseFriends = Map.copyOf(falseFriends);
        opposites = Map.copyOf(opposites);
        officeTitles = Set.copyOf(officeTitles);
        functionWords = Set.copyOf(functionWords);
    }

    /** A builder for {@code language}'s data, every value neutral until set: what {@link LanguageSupport}'s defaults answer. */
    public static Builder of(String language) {
        return new Builder(language);
    }

    /** Collects a language's data; each method sets one kind of it. */
    public static final class Builder {
        private final String language;
        private Optional<String> defaultRegion = Optional.empty();
        private String warmUpText = "";
        private NumberStyle numbers = NumberStyle.NEUTRAL;
        private NumberNames numberNames = NumberNames.NONE;
        private TimeStyle times = TimeStyle.NEUTRAL;
        private PunctuationStyle punctuation = PunctuationStyle.NEUTRAL;
        private boolean reduplicates;
        private Set<String> allowedRepeats = Set.of();
        private Set<Feature> features = Set.of();
        private Set<String> loanwords = Set.of();
        private Set<String> notReduplicated = Set.of();
        private Set<String> abbreviations = Set.of();
        private NameSpelling nameSpelling = NameSpelling.NONE;
        private final Map<String, AcronymEquivalents> acronyms = new HashMap<>();
        private Set<String> listConjunctions = Set.of();
        private Optional<Negation> negation = Optional.empty();
        private final Map<String, FalseFriends> falseFriends = new HashMap<>();
        private WordList writtenNames = WordList.NONE;
        private WordList compoundWords = WordList.NONE;
        private final Map<String, Opposites> opposites = new HashMap<>();
        private DateOrder dates = DateOrder.DAY_FIRST;
        private boolean serialComma = true;
        private Set<String> officeTitles = Set.of();
        private Set<String> functionWords = Set.of();
        private Optional<String> grammarRules = Optional.empty();
        private CountryNames countries = CountryNames.NONE;
        private Optional<Pattern> joinedPredicate = Optional.empty();
        private Optional<RoleVerbs> roleVerbs = Optional.empty();

        private Builder(String language) {
            this.language = language;
        }

        public Builder region(String region) {
            this.defaultRegion = Optional.of(region);
            return this;
        }

        public Builder warmUp(String text) {
            this.warmUpText = text;
            return this;
        }

        public Builder numbers(NumberStyle style, NumberNames names) {
            this.numbers = style;
            this.numberNames = names;
            return this;
        }

        public Builder times(TimeStyle style) {
            this.times = style;
            return this;
        }

        public Builder punctuation(PunctuationStyle style) {
            this.punctuation = style;
            return this;
        }

        /** Doubled words: whether doubling is word formation, and which words grammar allows twice. */
        public Builder repeats(boolean reduplication, Set<String> allowed) {
            this.reduplicates = reduplication;
            this.allowedRepeats = allowed;
            return this;
        }

        /** For a language that reduplicates: the words it never doubles. */
        public Builder notReduplicated(Set<String> words) {
            this.notReduplicated = words;
            return this;
        }

        public Builder loanwords(Set<String> words) {
            this.loanwords = words;
            return this;
        }

        public Builder abbreviations(Set<String> written) {
            this.abbreviations = written;
            return this;
        }

        public Builder names(NameSpelling spelling) {
            this.nameSpelling = spelling;
            return this;
        }

        public Builder features(Feature... more) {
            this.features = Set.of(more);
            return this;
        }

        /** How this language writes the acronyms of {@code sourceLanguage} ("fr"). */
        public Builder acronyms(String sourceLanguage, AcronymEquivalents equivalents) {
            acronyms.put(sourceLanguage, equivalents);
            return this;
        }

        /** The words that join the last items of a list. */
        public Builder listConjunctions(Set<String> words) {
            this.listConjunctions = words;
            return this;
        }

        public Builder negation(Negation how) {
            this.negation = Optional.of(how);
            return this;
        }

        /** This language's false friends of the words of {@code sourceLanguage} ("fr"). */
        public Builder falseFriends(String sourceLanguage, FalseFriends friends) {
            falseFriends.put(sourceLanguage, friends);
            return this;
        }

        /** Names of the language's news as it writes them. */
        public Builder writtenNames(WordList names) {
            this.writtenNames = names;
            return this;
        }

        /** For a language written in syllables, its frequent words of two. */
        public Builder compoundWords(WordList words) {
            this.compoundWords = words;
            return this;
        }

        /** How this language renders words of {@code sourceLanguage} ("fr") whose meaning can be reversed. */
        public Builder opposites(String sourceLanguage, Opposites table) {
            opposites.put(sourceLanguage, table);
            return this;
        }

        /** The order of day and month in dates written in figures ("9/11"). */
        public Builder dates(DateOrder order) {
            this.dates = order;
            return this;
        }

        /**
         * Whether a list may have a comma before its conjunction; French and Vietnamese have none, so
         * that there a comma and a conjunction close an apposition ("le ministre, Phan Van Giang, et").
         */
        public Builder serialComma(boolean written) {
            this.serialComma = written;
            return this;
        }

        /**
         * LanguageTool pattern rules for what LanguageTool's own miss, in its XML rule format, from the
         * UTF-8 resource {@code name} beside {@code owner}.
         */
        public Builder grammarRules(Class<?> owner, String name) {
            this.grammarRules = Optional.of(BundledText.read(owner, name));
            return this;
        }

        /** The lower-case words that name a person's office ("minister", "president"). */
        public Builder officeTitles(Set<String> words) {
            this.officeTitles = words;
            return this;
        }

        /** The lower-case articles, prepositions and conjunctions of the language. */
        public Builder functionWords(Set<String> words) {
            this.functionWords = words;
            return this;
        }

        /** Where a sentence joins a second verb to its subject: the conjunction and that verb ("et souhaitait"). */
        public Builder joinedPredicate(Pattern pattern) {
            this.joinedPredicate = Optional.of(pattern);
            return this;
        }

        /** The verbs whose subject and object a translation must not swap ({@link RoleVerbs}). */
        public Builder roleVerbs(RoleVerbs verbs) {
            this.roleVerbs = Optional.of(verbs);
            return this;
        }

        /** The countries the language names ({@link CountryNames}). */
        public Builder countries(CountryNames names) {
            this.countries = names;
            return this;
        }

        public LanguageData build() {
            return new LanguageData(language, defaultRegion, warmUpText, numbers, numberNames, times, punctuation,
                    reduplicates, allowedRepeats, features, loanwords, notReduplicated, abbreviations, nameSpelling,
                    acronyms, listConjunctions, negation, falseFriends, writtenNames, compoundWords,
                    opposites, dates, serialComma, officeTitles, functionWords, grammarRules, countries, joinedPredicate,
                    roleVerbs);
        }
    }
}
