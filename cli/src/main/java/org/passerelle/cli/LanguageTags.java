package org.passerelle.cli;

import java.util.Locale;
import org.passerelle.core.Languages;
import picocli.CommandLine;

/** Language options are BCP 47 tags; a typo is a usage error, not a silent new language. */
public final class LanguageTags {
    private LanguageTags() {
    }

    static void requireValid(CommandLine cl, String option, String tag) {
        if (!Languages.isTag(tag)) {
            throw new CommandLine.ParameterException(cl, option + ": '" + tag + "' is not a language tag (e.g. en, en-GB, vi)"
                    + hint(tag));
        }
    }

    /** "; did you mean 'en-GB'?" for the locale spellings of Java and POSIX ("en_GB", "en_GB.UTF-8"), or "". */
    public static String hint(String tag) {
        String candidate = tag.strip().replaceFirst("[.@].*$", "").replace('_', '-');
        if (candidate.equals(tag) || !Languages.isTag(candidate)) {
            return "";
        }
        return "; did you mean '" + Locale.forLanguageTag(candidate).toLanguageTag() + "'?";
    }
}
