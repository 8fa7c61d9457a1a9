package org.passerelle.lang.en;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.languagetool.Language;
import org.passerelle.core.lang.AcronymEquivalents;
import org.passerelle.core.lang.CountryNames;
import org.passerelle.core.lang.DateOrder;
import org.passerelle.core.lang.FalseFriends;
import org.passerelle.core.lang.LanguageData;
import org.passerelle.core.lang.NameSpelling;
import org.passerelle.core.lang.Negation;
import org.passerelle.core.lang.NumberNames;
import org.passerelle.core.lang.NumberStyle;
import org.passerelle.core.lang.Opposites;
import org.passerelle.core.lang.PunctuationStyle;
import org.passerelle.core.lang.RoleVerbs;
import org.passerelle.core.lang.SpellingVariants;
import org.passerelle.core.lang.TimeStyle;
import org.passerelle.lang.languagetool.LanguageToolLanguage;

/**
 * English: "1,000.5", "2:30 pm" (a bare "2:30" may be either half of the day), capitalised
 * months and weekdays, compound numbers ("forty-five"), foreign names in English transcription
 * ("Shoigu"). The desk writes en-GB; a file that says only "en" is spell-checked as en-US, as
 * LanguageTool's English defaults (the profile's {@code spelling.english-variant} may say otherwise).
 */
public final class English extends LanguageToolLanguage {
    /** The regional variants LanguageTool 6 has its own dictionaries for. */
    public static final Set<String> VARIANTS = Set.of("en-US", "en-GB", "en-AU", "en-CA", "en-NZ", "en-ZA");

    private static final NumberNames NAMES = new NumberNames(NumberNames.words(
            "zero", 0, "one", 1, "first", 1, "two", 2, "three", 3, "third", 3, "four", 4, "fourth", 4, "five", 5,
            "fifth", 5, "six", 6, "sixth", 6, "seven", 7, "seventh", 7, "eight", 8, "eighth", 8, "nine", 9,
            "ninth", 9, "ten", 10, "tenth", 10, "eleven", 11, "eleventh", 11, "twelve", 12, "twelfth", 12,
            "thirteen", 13, "thirteenth", 13, "fourteen", 14, "fourteenth", 14, "fifteen", 15, "fifteenth", 15,
            "sixteen", 16, "sixteenth", 16, "seventeen", 17, "seventeenth", 17, "eighteen", 18, "eighteenth", 18,
            "nineteen", 19, "nineteenth", 19, "twenty", 20, "twentieth", 20, "thirty", 30, "thirtieth", 30,
            "forty", 40, "fortieth", 40, "fifty", 50, "fiftieth", 50, "sixty", 60, "sixtieth", 60, "seventy", 70,
            "seventieth", 70, "eighty", 80, "eightieth", 80, "ninety", 90, "ninetieth", 90, "hundred", 100,
            "hundredth", 100, "thousand", 1000, "thousandth", 1000, "million", 1_000_000, "billion", 1_000_000_000),
            NumberNames.months(
                    new String[] {"January", "February", "March", "April", "May", "June", "July", "August",
                            "September", "October", "November", "December"},
                    new String[] {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}),
            // "may" is a verb, "march" a noun: only capitalised month names count.
            true)
            .approximate(NumberNames.words("once", 1, "second", 2, "twice", 2, "double", 2, "triple", 3, "half", 2,
                    "dozen", 12, "dozens", 12, "hundreds", 100, "thousands", 1000, "millions", 1_000_000))
            // "twenty-second": "second" alone is a unit of time as often as a number
            .compounds(Map.of("second", 2), Set.of("and"))
            .calendar(NumberNames.weekdays(new String[] {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                    "Saturday", "Sunday"}), List.of());
    private static final TimeStyle TIMES = new TimeStyle(Optional.of(Pattern.compile(
            "(?<![\\p{N}.,:])(\\d{1,2})(?:[:.](\\d{2}))?\\s?([ap])(?:\\.\\s?m\\.|m)(?![\\p{L}])", Pattern.CASE_INSENSITIVE)),
            true, Map.of(), "%02d:%02d", "%02d:%02d");
    /** English transcribes Russian "ч" as "ch" ("tch" in older names), "ш" as "sh", "ж" as "zh", "у" as "u" (after a vowel "ou"). */
    static final NameSpelling TRANSCRIPTION = NameSpelling.of("tch", "č", "ch", "č", "sh", "š", "zh", "ž", "kh", "h", "ou", "u",
            "y", "i");

    /** French and Latin words and phrases English news writes as its own, which its tagger dictionary lacks. */
    private static final Set<String> LOANWORDS = Set.of("chargé d'affaires", "rendez-vous", "tête-à-tête", "vis-à-vis",
            "coup d'état", "coups d'état", "raison d'être", "fait accompli", "savoir-faire", "laissez-faire", "déjà vu",
            "à la carte", "protégé", "démarche", "attaché", "communiqué", "détente", "entente", "rapprochement",
            "de facto", "de jure", "ad hoc", "per se", "status quo", "vice versa", "sine qua non", "persona non grata",
            "bona fide", "en route", "en masse", "par excellence", "force majeure", "carte blanche", "cause célèbre",
            "éminence grise", "aide-mémoire", "agent provocateur", "esprit de corps", "née", "régime", "élite", "café",
            "et al.");

    /** Articles, prepositions and conjunctions, which need a word after them: a translation ending on one was cut short. */
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "of", "to", "in", "on", "at", "for", "with",
            "and", "or", "by", "from", "into", "between", "among", "than", "its", "their", "our", "his", "her",
            // what opens a list or a topic ("including", "such as"): never the last word of a sentence
            "including", "as", "regarding", "concerning");
    /** What joins the last items of a list; "as well as" and "along with" join them as "and" does. */
    private static final Set<String> CONJUNCTIONS = Set.of("and", "or", "nor", "as well as", "along with",
            "together with", "plus");
    /**
     * What counts as "not" in English; "un-", "in-", "non-" words are left out (they are vocabulary,
     * and French says them without a negation too: "sans précédent", "unprecedented"). "not only",
     * "whether or not", "No. 5", "no later than" are no negations. An "or" after a negation in its
     * clause negates its own part ("does not join alliances or side with one country" is "neither …
     * nor"), so it counts as one: two French negated clauses may be said so.
     */
    private static final Negation NEGATION = Negation.of(
            List.of("\\b(?:not|never|no|nothing|none|nobody|nowhere|neither|nor|without|cannot)\\b", "n['’]t\\b",
                    // "or" first: a look-behind tried at every position would cost ten times the rest
                    "\\bor\\b(?<=(?:\\b(?:not|never|no|cannot)\\b|n['’]t\\b)[^.;:!?]{1,60}or)"),
            List.of("\\bnot only\\b", "\\bnot just\\b", "\\b(?:whether )?or not\\b", "\\bno\\.?\\s?(?=\\d)",
                    "\\bno (?:later|sooner) than\\b", "\\bnone other than\\b", "\\bnot least\\b",
                    "\\bnevertheless\\b", "\\bnonetheless\\b"))
            // "sans conditions" as "unconditional", "sans fil" as "wireless", "sans frais" as "free of charge";
            // the "un-" words that are no negation are left out
            .inAWord("\\bun(?!d(?:er|o|ue)|i(?:t|on|vers|que|form|lateral|son|fi)|anim|til|less|ravel|veil|leash)\\p{L}{4,}"
                    + "|\\bnon-?\\p{L}{3,}|\\b\\p{L}{3,}less(?:ly|ness)?\\b|\\bfree (?:of|from)\\b|\\p{L}-free\\b"
                    // "n'oubliera jamais" as "will always remember", "n'a jamais cessé de" as "has continued to"
                    + "|\\b(?:always|forever|constantly|consistently|steadily|invariably|persistently)\\b"
                    + "(?!\\s+(?:stop|forget|ceas|quit)\\p{L}*)|\\bcontinu\\p{L}*");
    /**
     * Who received, hosted, welcomed, thanked, congratulated, invited or decorated whom, who gave
     * or presented to whom ("thanks to" is no verb). Passive: "was received", "has been warmly
     * welcomed", "received by".
     */
    private static final RoleVerbs ROLE_VERBS = new RoleVerbs(Pattern.compile("\\b(?:received|receives|hosted|hosts|welcomed"
            + "|welcomes|presented|presents|gave|gives|awarded|awards|handed|thanked|thanks(?!\\s+to\\b)|congratulated"
            + "|congratulates|invited|invites|decorated)\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b(?:was|were|is|are|be|been|being)(?:\\s+\\p{L}+ly)?\\s+$", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\s*(?:\\p{L}+ly\\s+)?by\\b", Pattern.CASE_INSENSITIVE));
    /** The head words of titles: "the prime minister" is generic, "the comprehensive strategic partnership" a slip. */
    private static final Set<String> OFFICE_TITLES = Set.of("minister", "president", "secretary", "ambassador",
            "chairman", "chairwoman", "chair", "premier", "director", "chief", "commander", "governor", "mayor", "king",
            "queen", "prince", "princess", "spokesman", "spokeswoman", "spokesperson", "envoy", "consul", "head", "leader",
            "officer", "colonel", "admiral", "marshal", "general");
    private static final FalseFriends FROM_FRENCH = FalseFriends.resource(English.class, "false-friends.fr.tsv");

    public English() {
        super(LanguageData.of("en").region("GB").warmUp("The minister received the delegation.")
                .numbers(new NumberStyle('.', ", \u00A0\u202F", ',', false, true), NAMES).times(TIMES)
                .punctuation(new PunctuationStyle(false, "“", "”"))
                .repeats(false, Set.of("had", "that", "is", "do", "bye", "very", "no", "ha", "so", "yes"))
                .names(TRANSCRIPTION)
                .loanwords(LOANWORDS)
                .acronyms("fr", AcronymEquivalents.resource(English.class, "acronyms-from-fr.txt"))
                .listConjunctions(CONJUNCTIONS)
                .functionWords(FUNCTION_WORDS)
                .negation(NEGATION)
                .roleVerbs(ROLE_VERBS)
                .officeTitles(OFFICE_TITLES)
                .grammarRules(English.class, "grammar.xml")
                .falseFriends("fr", FROM_FRENCH)
                .opposites("fr", Opposites.resource(English.class, "opposites.fr.tsv"))
                .countries(CountryNames.resource(English.class, "countries.tsv"))
                // American English writes "9/11" for September 11, the rest of the English-speaking world for 9 November.
                .dates(DateOrder.dayFirst("on", "from", "until", "by", "since", "before", "after").monthFirstIn("US"))
                .build(),
                "en-US", VARIANTS, "NNP", SpellingVariants.resource(English.class, "spellings-gb-us.txt"));
    }

    /** LanguageTool's variant with its suggestions for unknown words computed when read ({@link LazyEnglish}). */
    @Override
    protected Language languageTool(String code) {
        return LazyEnglish.of(code);
    }
}
