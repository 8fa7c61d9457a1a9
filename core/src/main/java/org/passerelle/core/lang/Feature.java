package org.passerelle.core.lang;

/**
 * What a language's writing calls for beyond the checks every language gets. A check that applies
 * only to some languages asks {@link LanguageSupport#has} for its feature rather than comparing
 * codes, so a new language with the same writing gets the check by declaring the feature.
 */
public enum Feature {
    /**
     * Words are syllables written with Vietnamese letters and tone marks: the text must be in NFC,
     * every word must be a possible syllable, the tone mark of oa/oe/uy goes in one consistent
     * place, and a Hunspell dictionary for the language can check the syllables (qa-rules'
     * {@code vi.*} checks).
     */
    VIETNAMESE_SYLLABLES,

    /**
     * A name has the capitals the language's rules give it and no more ("Mặt trận Tổ quốc Việt Nam",
     * not "Tổ Quốc"), so a capital beyond a termbase name's is a slip ({@code term.case}), outside a
     * text in capitals. English is not such a language: "Quang Ninh Province" is as right as the
     * termbase's "Quang Ninh province".
     */
    FIXED_NAME_CAPITALS
}
