package org.passerelle.xliff;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.passerelle.core.Languages;

/**
 * How a language's news copy writes what is not translated text: the dateline run into the lead
 * (English wire style sets the place in capitals, "HANOI (VNA) – The …"; Vietnamese and French
 * keep it as written), dates in the language's own long form (CLDR through java.time: "20 August
 * 2024", "20 tháng 8, 2024"; a month alone, "August 2024", "tháng 8 năm 2024"), and the words of
 * the page around the article (labels_*.properties).
 */
final class NewsStyle {

    private static final Pattern AGENCY_IN_DATELINE = Pattern.compile("\\((\\p{Lu}{2,8})\\)");
    private static final Pattern SIGN_OFF = Pattern.compile("^[-–—]?\\s*(\\p{Lu}{2,8})(?:/\\p{Lu}{2,8})*$");
    private static final Pattern DASH_AT_END = Pattern.compile("\\s*[-–—:]\\s*$");
    private static final Pattern PLACE = Pattern.compile("^([^(]+?)(\\s*\\()");

    private final String language;
    private final Locale locale;
    private final ResourceBundle labels;

    private NewsStyle(String tag) {
        this.language = Languages.primary(tag);
        this.locale = Locale.forLanguageTag(tag);
        this.labels = ResourceBundle.getBundle("org.passerelle.xliff.publish.labels", Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static NewsStyle of(String tag) {
        return new NewsStyle(tag);
    }

    /** "Hanoi (VNA) –" → "HANOI (VNA) –" in English; always ending in a dash, as the lead follows. */
    String dateline(String text) {
        String t = DASH_AT_END.matcher(text.strip()).replaceFirst("");
        if (language.equals("en")) {
            Matcher m = PLACE.matcher(t);
            t = m.find() ? m.group(1).toUpperCase(locale) + t.substring(m.end(1)) : t;
        }
        return t + " –";
    }

    /** The agency as the translation names it: "(TTXVN)" in the dateline, or a sign-off line "-VNA", "TTXVN/CVN". */
    static Optional<String> agencyIn(String dateline, String signOff) {
        if (dateline != null) {
            Matcher m = AGENCY_IN_DATELINE.matcher(dateline);
            if (m.find()) {
                return Optional.of(m.group(1));
            }
        }
        if (signOff != null) {
            Matcher m = SIGN_OFF.matcher(signOff.strip());
            if (m.matches()) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }

    /** True for a sign-off line ("-VNA", "VNA/CVN"), which news copy ends with, as opposed to a photo credit. */
    static boolean isSignOff(String text) {
        return SIGN_OFF.matcher(text.strip()).matches();
    }

    /** An ISO date ("2024-08-20" or "2024-08") in the language's long form; empty when it is not such a date. */
    Optional<String> date(String iso) {
        try {
            if (iso.length() == 7) {
                return Optional.of(DateTimeFormatter.ofPattern(label("dateMonthPattern"), locale)
                        .format(YearMonth.parse(iso)));
            }
            return Optional.of(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                    .format(LocalDate.parse(iso)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A word of the page ("indexTitle" …) in this language; the base bundle is English, for a language without labels. */
    String label(String key) {
        return labels.getString(key);
    }

    /** Every word of the page, as templates see them ({@code {{labels.byline}}}). */
    Map<String, String> labels() {
        Map<String, String> all = new HashMap<>();
        labels.keySet().forEach(k -> all.put(k, labels.getString(k)));
        return all;
    }

    /** The language's name in itself, capitalised: "English", "Tiếng Việt", "Français". */
    static String nameOf(String tag) {
        Locale l = Locale.forLanguageTag(Languages.primary(tag));
        String name = l.getDisplayLanguage(l);
        return name.isEmpty() ? tag : name.substring(0, 1).toUpperCase(l) + name.substring(1);
    }
}
