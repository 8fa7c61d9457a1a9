package org.passerelle.cli;

import java.util.IllformedLocaleException;
import java.util.Locale;
import picocli.CommandLine;

/** Language options are BCP 47 tags; a typo is a usage error, not a silent new language. */
final class LanguageTags {
    private LanguageTags() {
    }

    static void requireValid(CommandLine cl, String option, String tag) {
        try {
            Locale l = new Locale.Builder().setLanguageTag(tag).build();
            if (l.getLanguage().isEmpty() || !java.util.Arrays.asList(Locale.getISOLanguages()).contains(l.getLanguage())) {
                throw new IllformedLocaleException("unknown language");
            }
        } catch (IllformedLocaleException e) {
            throw new CommandLine.ParameterException(cl, option + ": '" + tag + "' is not a language tag (e.g. en, en-GB, vi)");
        }
    }
}
