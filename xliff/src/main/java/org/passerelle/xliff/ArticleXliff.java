package org.passerelle.xliff;

import java.util.List;

/**
 * Everything an XLIFF file of one article in one target language holds, whatever the version.
 *
 * @param articleId      the article id (file name without extension)
 * @param original       the source document's file name, written as {@code original}
 * @param sourceLanguage e.g. "fr-FR"
 * @param targetLanguage e.g. "en-GB"
 * @param units          the units in reading order
 * @param copySource     write the source as target (state needs-translation) where there is no translation
 * @param about          the original's metadata and images, written in the file's header
 */
record ArticleXliff(String articleId, String original, String sourceLanguage, String targetLanguage,
                    List<TranslationUnit> units, boolean copySource, OriginalArticle about) {

    ArticleXliff(String articleId, String original, String sourceLanguage, String targetLanguage,
                 List<TranslationUnit> units, boolean copySource) {
        this(articleId, original, sourceLanguage, targetLanguage, units, copySource, OriginalArticle.none(original));
    }

    static final String TOOL_ID = "passerelle";
    static final String TOOL_NAME = "Passerelle";
    /** XLIFF 1.2 restype of a block role: "x-" plus the role id ("x-body", "x-caption"). */
    static final String RESTYPE_PREFIX = "x-";
    /** XLIFF 2 type of a block role: a prefixed value, as the 2.x schema requires ("passerelle:body"). */
    static final String TYPE_PREFIX = "passerelle:";
}
