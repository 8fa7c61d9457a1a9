package org.passerelle.lang.fr;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.passerelle.core.lang.CountryNames;
import org.passerelle.core.lang.DateOrder;
import org.passerelle.core.lang.LanguageData;
import org.passerelle.core.lang.NameSpelling;
import org.passerelle.core.lang.Negation;
import org.passerelle.core.lang.NumberNames;
import org.passerelle.core.lang.NumberStyle;
import org.passerelle.core.lang.PunctuationStyle;
import org.passerelle.core.lang.RoleVerbs;
import org.passerelle.core.lang.TimeStyle;
import org.passerelle.lang.languagetool.LanguageToolLanguage;

/**
 * French as the desk writes it (fr-FR): "1 000,5", "14h30", a space before {@code : ; ! ?} and %,
 * « guillemets », Roman ordinals ("XXe siècle"), compound numbers ("quatre-vingt-dix"), foreign
 * names in French transcription ("Choïgou"). LanguageTool's French checks every French tag.
 */
public final class French extends LanguageToolLanguage {
    private static final NumberNames NAMES = new NumberNames(NumberNames.words(
            "zéro", 0, "un", 1, "une", 1, "premier", 1, "première", 1, "deux", 2, "deuxième", 2, "trois", 3,
            "troisième", 3, "quatre", 4, "quatrième", 4, "cinq", 5, "cinquième", 5, "six", 6, "sixième", 6, "sept", 7,
            "septième", 7, "huit", 8, "huitième", 8, "neuf", 9, "neuvième", 9, "dix", 10, "dixième", 10, "onze", 11,
            "onzième", 11, "douze", 12, "douzième", 12, "treize", 13, "treizième", 13, "quatorze", 14,
            "quatorzième", 14, "quinze", 15, "quinzième", 15, "seize", 16, "seizième", 16, "vingt", 20, "vingts", 20,
            "vingtième", 20, "trente", 30, "trentième", 30, "quarante", 40, "quarantième", 40, "cinquante", 50,
            "cinquantième", 50, "soixante", 60, "soixantième", 60, "cent", 100, "cents", 100, "centième", 100,
            "mille", 1000, "millième", 1000, "million", 1_000_000, "millions", 1_000_000, "milliard", 1_000_000_000,
            "milliards", 1_000_000_000),
            NumberNames.months(new String[] {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                    "septembre", "octobre", "novembre", "décembre"}),
            false)
            .approximate(NumberNames.words("second", 2, "seconde", 2, "double", 2, "triple", 3, "moitié", 2,
                    "dizaine", 10, "dizaines", 10, "douzaine", 12, "quinzaine", 15, "vingtaine", 20,
                    "trentaine", 30, "quarantaine", 40, "cinquantaine", 50, "soixantaine", 60, "centaine", 100, "centaines", 100, "millier", 1000,
                    "milliers", 1000))
            // "vingt et unième", "trente et unième"
            .compounds(Map.of("unième", 1), Set.of("et"))
            .calendar(NumberNames.weekdays(new String[] {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
                    "dimanche"}), List.of());
    private static final TimeStyle TIMES = new TimeStyle(Optional.of(Pattern.compile(
            "(?<![\\p{N}.,:])(\\d{1,2})\\s?(?:h|heures?)(?:\\s?(\\d{2}))?(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE)),
            false, Map.of(), "%dh", "%dh%02d");
    /**
     * French transcribes Russian "ч" as "tch", "ш" as "ch", "у" as "ou", doubles an "s" between
     * vowels ("Beloussov"), puts a "u" after a hard "g" ("Sergueï") and an "e" after a final "n"
     * ("Poutine", "Salmane").
     *
     * <p>French "ou" is English "u" only in names from Russian and its neighbours: French writes Lao,
     * Khmer and Thai names with the "ou" English keeps ("Thongloun Sisoulith", "Souvanna Phouma"), and
     * "Thonglun" is a typo. So "ou" becomes "u" only in a name that shows a sign of a transcription
     * from Cyrillic: the "ï" French writes for "й" ("Choïgou", "Sergueï"), the "tch" of "ч", or a
     * Slavic ending ("Beloussov", "Patrouchev", "Poutine", "Loukachenko", "Zakharova", "Tchaïkovski",
     * "Removitch"). A list of names written alike in English could not know the next Lao minister;
     * the signs do. A Russian name with none of them loses the rewrite, and its English form is then
     * judged as any other word one or two letters away: a rare false alarm against a typo that would
     * otherwise always pass.
     */
    private static final Pattern TRANSCRIBED = Pattern.compile("ï|tch|(?:ov|ova|ev|eva|ine|ski|sky|skaïa|enko|itch)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final NameSpelling TRANSCRIPTION = NameSpelling.of("tch", "č", "ch", "š", "kh", "h", "ss", "s",
            "gue", "ge", "gui", "gi", "y", "i", "ne$", "n").whenTranscribed(TRANSCRIBED, "ou", "u");

    /**
     * What counts as "not" in French: a "ne" (or "n'") followed in its clause by pas, plus, jamais,
     * rien, aucun, guère, personne, nullement, point or ni, before any "que" ("ne … que" is a
     * restriction, "only"; the expletive "ne" of "avant qu'il ne parte" has no second word), and
     * "sans". Idioms with "sans" that English and Vietnamese say without a negation ("sans doute",
     * "sans précédent", "sans cesse") are no negations; "non" is not counted ("non seulement",
     * "non gouvernemental" are no negations of the sentence). Each negated clause counts once:
     * "ne participe à aucune alliance" is one, "aucun accord n'a jamais été signé" one, "ni Hanoï
     * ni Moscou n'ont signé" one (English may say "neither … nor", Vietnamese "cả … lẫn … đều
     * không"). "sans" is affixable: English says "sans conditions" as "unconditional".
     */
    private static final String NE = "\\bn(?:e\\s|['’])";
    /**
     * "n'oubliera jamais", "n'a jamais cessé de": a negated "forget" or "stop" that a translation may
     * say without a negation ("will always remember", "has always"), so affixable, not spelled out.
     */
    private static final String NOT_FORGET = "(?!(?:\\p{L}+\\s+){0,2}?(?:oubli|cess)\\p{L}*)";
    private static final String NEGATIVE_WORD = "\\b(?:aucune?|nul|nulle|personne|rien|jamais|ni)\\b";
    private static final Negation NEGATION = Negation.of(
            // "ne … pas", within its clause and before the next "ne"
            List.of(NE + NOT_FORGET + "(?:(?!\\bque\\b|\\bqu['’]|" + NE + ")[^.;:!?]){0,80}?\\b(?:pas|plus|jamais|rien|aucune?"
                    + "|guère|personne|nullement|point|ni)\\b",
                    // "aucun accord n'a été signé", "ni Hanoï ni Moscou n'ont", "personne n'a jamais": the words
                    // before their "ne", taken with it and with its second word if it has one
                    NEGATIVE_WORD + "[^.;:!?]{0,80}?" + NE + "(?:(?:(?!\\bque\\b|\\bqu['’]|" + NE + ")[^.;:!?]){0,80}?"
                    + "\\b(?:pas|plus|jamais|rien|aucune?|guère|personne|nullement|point|ni)\\b)?"),
            List.of("\\bsans\\b", NE + "(?:\\p{L}+\\s+){0,2}?(?:oubli|cess)\\p{L}*(?:\\s+(?:jamais|pas|plus))?"),
            List.of("\\bsans (?:doute|précédent|précédents|cesse|relâche|faille|réserve|conteste|compter|oublier)\\b"));

    /**
     * "et" before a second verb of the same subject: one in the imperfect, conditional or future ("et
     * souhaitait", "et renforcera"), or a compound tense ("et a souligné", "et ont convenu"), after its
     * pronouns ("et souhaitait les renforcer", "et leur a offert"). A noun after "et" is a list's item.
     */
    private static final Pattern JOINED_PREDICATE = Pattern.compile("\\bet\\s+(?:(?:ne|n['’]|les|le|la|l['’]|se|s['’]|en|y|lui|leur)\\s*)*"
            // nouns in -ait and -era are no verbs ("et le portrait", "et la caméra")
            + "(?!(?:portrait|retrait|extrait|attrait|trait|fait|lait|souhait|forfait|bienfait|méfait|caméra|opéra|choléra)s?\\b)"
            + "(?:\\p{L}+(?:ait|aient|rait|raient|era|eront|ira|iront)\\b|(?:a|ont|avait|avaient|sera|seront|va|vont)\\s+"
            + "(?:\\p{L}+\\s+)?\\p{L}+(?:é|és|ée|ées|i|is|u|us|it|ert)\\b)"
            // a participle sharing the auxiliary before it, with its object ("a rencontré et offert des cadeaux")
            + "|\\bet\\s+(?:(?:lui|leur|en|y)\\s+)?\\p{L}+(?:é|és|ée|ées|i|is|u|us|ert|erts|it|its)\\b"
            + "(?=\\s+(?:des?|du|la|le|les|l['’]|une?|aux?|à|leurs?|ses|son|sa)(?![\\p{L}\\p{M}]))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * Who received, welcomed, thanked, congratulated, invited or decorated whom, who gave to whom;
     * "l'offre" is a noun, so only "a offert". Passive: "a été reçu", "est accueilli", "reçu par".
     */
    private static final RoleVerbs ROLE_VERBS = new RoleVerbs(Pattern.compile("(?<![\\p{L}\\p{M}])(?:reçu|reçue|reçoit|reçoivent"
            + "|recevra|recevait|accueilli|accueillie|accueille|accueillent|accueillera|offert|remis|remet|décerné|remercié"
            + "|remercie|félicité|félicite|invité|invite|décoré)(?![\\p{L}\\p{M}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            Pattern.compile("(?<![\\p{L}\\p{M}])(?:été|est|sont|était|étaient|sera|seront)\\s+$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            Pattern.compile("\\s*(?:\\p{L}+\\s+)?par(?![\\p{L}\\p{M}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));

    /**
     * Articles, prepositions and conjunctions: left in an English or Vietnamese translation before a
     * word copied from the source ("of la justice", "Nga et Nga"), they were not translated. Elided
     * forms ("l'", "d'") stay with their word.
     */
    private static final Set<String> FUNCTION_WORDS = Set.of("le", "la", "les", "un", "une", "des", "du", "de", "au",
            "aux", "et", "ou", "avec", "dans", "pour", "sur", "par", "en", "sans", "chez", "vers", "entre", "à");

    public French() {
        super(LanguageData.of("fr").region("FR").warmUp("Le ministre a reçu la délégation.")
                .numbers(new NumberStyle(',', ". \u00A0\u202F", '\u00A0', true, true), NAMES).times(TIMES)
                .punctuation(new PunctuationStyle(true, "«", "»"))
                .repeats(false, Set.of("nous", "vous", "que", "fait", "si", "on", "tout"))
                .names(TRANSCRIPTION)
                // "le Vietnam, le Laos et le Cambodge"
                .listConjunctions(Set.of("et", "ou", "ni", "ainsi que"))
                .functionWords(FUNCTION_WORDS)
                .serialComma(false)
                .negation(NEGATION)
                .joinedPredicate(JOINED_PREDICATE)
                .roleVerbs(ROLE_VERBS)
                .countries(CountryNames.resource(French.class, "countries.tsv"))
                // "le 9/11" is 9 November; "les 2/3 des sièges" is a fraction
                .dates(DateOrder.dayFirst("le", "du", "au", "jusqu'au", "jusqu’au", "dès", "depuis", "avant", "après"))
                .build(),
                "fr", Set.of(), "Z");
    }

    /** LanguageTool's French with its suggestions for unknown words computed when read ({@link LazyFrench}). */
    @Override
    protected Language languageTool(String code) {
        return LazyFrench.INSTANCE;
    }

    /** Also lets LanguageTool's own French read its word lists without tokenising plain words. */
    @Override
    public void beforeLanguageTool() {
        super.beforeLanguageTool();
        QuickFrenchWordTokenizer.installIn(Languages.getLanguageForShortCode("fr"));
    }
}
