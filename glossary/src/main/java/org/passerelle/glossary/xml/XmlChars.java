package org.passerelle.glossary.xml;

/** The characters an XML 1.0 document can hold (its production {@code Char}), for text read and text about to be written. */
public final class XmlChars {
    private XmlChars() {
    }

    /** One UTF-16 unit; surrogates pass, since a pair stands for a character XML 1.0 allows. */
    public static boolean isXml10(char c) {
        return c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xFFFD;
    }

    /** The first character of {@code text} XML 1.0 cannot hold, or -1. */
    public static int firstNonXml10(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isXml10(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
