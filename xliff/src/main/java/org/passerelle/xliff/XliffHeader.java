package org.passerelle.xliff;

import java.util.Set;

/**
 * What a scan of an XLIFF document found before Okapi reads it.
 *
 * @param version        1.2 (also 1.0/1.1) or 2.x
 * @param versionLabel   the {@code version} attribute as written ("1.2", "2.0", "2.1")
 * @param encoding       the encoding the document is stored in ("UTF-8", "ISO-8859-1" ...)
 * @param sourceLanguage the first file's source language (1.2) or {@code srcLang} (2.x), or null
 * @param targetLanguage the first file's target language (1.2) or {@code trgLang} (2.x), or null
 * @param namespaces     the namespace URIs the root element declares (tools' extensions: memoQ, Trados ...)
 * @param externalItsReferences true when an ITS stand-off reference points outside the document
 *                       ({@code its:locQualityIssuesRef="other.xml#id"}): Okapi would fetch it
 * @param layoutSpaceUnits the 1.2 units under {@code xml:space="default"} (see {@link LayoutSpaceUnits}):
 *                       their white space is layout (indentation), not text
 * @param duplicateUnitIds where a {@code <file>} uses a unit id twice (the first such place, and how
 *                       many more), or null when every id is unique
 */
public record XliffHeader(XliffVersion version, String versionLabel, String encoding,
                          String sourceLanguage, String targetLanguage, Set<String> namespaces,
                          boolean externalItsReferences, Set<String> layoutSpaceUnits,
                          String duplicateUnitIds) {
    public XliffHeader {
        namespaces = Set.copyOf(namespaces);
        layoutSpaceUnits = Set.copyOf(layoutSpaceUnits);
    }

    /** True when the unit {@code unitId} of the {@code fileIndex}-th {@code <file>} (from 0) is under xml:space="default". */
    public boolean layoutSpace(int fileIndex, String unitId) {
        return layoutSpaceUnits.contains(LayoutSpaceUnits.key(fileIndex, unitId));
    }

    /** True when the root element declares this namespace URI. */
    public boolean declares(String namespaceUri) {
        return namespaces.contains(namespaceUri);
    }
}
