package org.passerelle.qa;

import java.util.function.Predicate;
import org.passerelle.core.lang.Feature;
import org.passerelle.core.lang.LanguageSupports;

/**
 * Which languages a check has anything to say about, as its definition states it: reports show a
 * check that cannot apply to a file's languages as skipped there (not as passed), and the gate warns
 * when no language-specific check knows a file's target language.
 *
 * @param description the languages, as a message names them ("the languages LanguageTool checks")
 * @param covers      whether a language tag is among them
 */
public record LanguageScope(String description, Predicate<String> covers) {
    /** Most checks: any language, and files without one. */
    public static final LanguageScope ALL = new LanguageScope("every language", tag -> true);
    public static final LanguageScope LANGUAGETOOL = new LanguageScope("the languages LanguageTool checks",
            tag -> tag != null && LanguageSupports.of(tag).languageToolCode(tag).isPresent());
    public static final LanguageScope VIETNAMESE = new LanguageScope("Vietnamese",
            tag -> tag != null && LanguageSupports.of(tag).has(Feature.VIETNAMESE_SYLLABLES));

    /** True for {@link #ALL}: the check says nothing about languages. */
    public boolean universal() {
        return this == ALL;
    }

    /** True when the check applies to a unit of these languages (either side). */
    public boolean coversEither(String sourceLanguage, String targetLanguage) {
        return covers.test(sourceLanguage) || covers.test(targetLanguage);
    }
}
