package org.passerelle.cli;

import org.passerelle.core.Languages;
import picocli.CommandLine;

/** Language options are BCP 47 tags; a typo is a usage error, not a silent new language. */
final class LanguageTags {
    private LanguageTags() {
    }

    static void requireValid(CommandLine cl, String option, String tag) {
        if (!Languages.isTag(tag)) {
            throw new CommandLine.ParameterException(cl, option + ": '" + tag + "' is not a language tag (e.g. en, en-GB, vi)");
        }
    }
}
