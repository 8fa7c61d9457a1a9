package org.passerelle.cli.glossary;

import org.passerelle.cli.LanguageTags;
import org.passerelle.core.Languages;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A BCP 47 tag given on the command line; a typo ("vn") is a usage error, not a new language in the termbase. */
final class LanguageTag implements ITypeConverter<String> {

    @Override
    public String convert(String value) {
        return check(value.strip());
    }

    static String check(String tag) {
        if (!Languages.isTag(tag)) {
            throw new TypeConversionException("'" + tag + "' is not a language tag (fr, en, en-GB, vi)" + LanguageTags.hint(tag));
        }
        return tag;
    }
}
