package org.passerelle.qa;

import java.util.Locale;

/**
 * What kind of localization quality issue a check finds: the ITS 2.0 {@code locQualityIssueType}
 * values (derived from MQM), so that reports can be read by other localization tools.
 */
public enum IssueType {
    TERMINOLOGY, MISTRANSLATION, OMISSION, UNTRANSLATED, ADDITION, DUPLICATION, INCONSISTENCY, GRAMMAR,
    LEGAL, REGISTER, LOCALE_SPECIFIC_CONTENT, LOCALE_VIOLATION, STYLE, CHARACTERS, MISSPELLING,
    TYPOGRAPHICAL, FORMATTING, INCONSISTENT_ENTITIES, NUMBERS, MARKUP, PATTERN_PROBLEM, WHITESPACE,
    INTERNATIONALIZATION, LENGTH, NON_CONFORMANCE, UNCATEGORIZED, OTHER;

    /** The ITS 2.0 spelling ("locale-violation"). */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
