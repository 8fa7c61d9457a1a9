package org.passerelle.lang.de;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.passerelle.core.lang.DeclaredLanguage;
import org.passerelle.core.lang.LanguageData;
import org.passerelle.core.lang.NumberNames;
import org.passerelle.core.lang.NumberStyle;
import org.passerelle.core.lang.PunctuationStyle;
import org.passerelle.core.lang.TimeStyle;

/**
 * German as the source of other tools' files (the desk translates from French, but CAT tools'
 * XLIFF come from everywhere): "1.234,56", "12,5 %", "14:30 Uhr", „Anführungszeichen“. Without it
 * a German "1.234,56" is read with the neutral decimal point and every German number is reported
 * missing from a correct English translation. No LanguageTool German: it would add its dictionaries
 * to every install for a language the desk does not check.
 */
public final class German extends DeclaredLanguage {
    private static final NumberNames NAMES = new NumberNames(NumberNames.words(
            "null", 0, "eins", 1, "ein", 1, "eine", 1, "zwei", 2, "drei", 3, "vier", 4, "fünf", 5, "sechs", 6,
            "sieben", 7, "acht", 8, "neun", 9, "zehn", 10, "elf", 11, "zwölf", 12, "zwanzig", 20, "dreißig", 30,
            "vierzig", 40, "fünfzig", 50, "sechzig", 60, "siebzig", 70, "achtzig", 80, "neunzig", 90,
            "hundert", 100, "tausend", 1000, "dutzend", 12),
            NumberNames.months(new String[] {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
                    "September", "Oktober", "November", "Dezember"}),
            true);
    private static final TimeStyle TIMES = new TimeStyle(Optional.of(Pattern.compile(
            "(?<![\\p{N}.,:])(\\d{1,2})(?::(\\d{2}))?\\s?Uhr(?![\\p{L}\\p{N}])")),
            false, Map.of(), "%d Uhr", "%d:%02d Uhr");

    public German() {
        super(LanguageData.of("de").region("DE")
                .numbers(new NumberStyle(',', ". \u00A0\u202F", '.', false), NAMES).times(TIMES)
                .punctuation(new PunctuationStyle(false, "„", "“"))
                .repeats(false, Set.of("die", "der", "das"))
                .build());
    }
}
