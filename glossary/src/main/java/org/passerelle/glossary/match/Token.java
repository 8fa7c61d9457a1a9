package org.passerelle.glossary.match;

/** A word or punctuation mark of a text, with its offsets in that text. */
public record Token(String text, int start, int end) {
}
