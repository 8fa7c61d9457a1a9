package org.passerelle.core.lang;

/**
 * The words of a language, as its dictionary knows them: whether a word is one of the language's
 * own ("coopération" is French, not English), for the checks that find words left in the wrong
 * language and tell names from words.
 */
@FunctionalInterface
public interface Lexicon {
    /** A language without a dictionary here: it knows no word, so no check can say a word is its. */
    Lexicon NONE = word -> false;

    /** True when the dictionary knows {@code word} (lower case, one word) as a word of the language, in any inflection. */
    boolean knows(String word);

    /**
     * True when the dictionary has {@code word}, capitalised as given, as a proper noun ("Martin",
     * "Paris" in English; not "Chine", which English knows only as the word "chine").
     */
    default boolean knowsName(String word) {
        return false;
    }
}
