package org.passerelle.cli.glossary;

import java.util.Arrays;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A BCP 47 tag given on the command line; a typo ("vn") is a usage error, not a new language in the termbase. */
final class LanguageTag implements ITypeConverter<String> {
    private static final List<String> ISO_639_1 = Arrays.asList(Locale.getISOLanguages());

    @Override
    public String convert(String value) {
        return check(value.strip());
    }

    static String check(String tag) {
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag).build();
            String language = locale.getLanguage();
            // Two-letter codes are checked against ISO 639-1; three-letter ones (fil, yue) only for form.
            if (language.length() == 2 && ISO_639_1.contains(language) || language.length() == 3) {
                return tag;
            }
        } catch (IllformedLocaleException e) {
            // reported below
        }
        throw new TypeConversionException("'" + tag + "' is not a language tag (fr, en, en-GB, vi)");
    }
}
