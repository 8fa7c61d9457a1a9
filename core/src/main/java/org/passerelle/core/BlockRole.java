package org.passerelle.core;

import java.util.Locale;

/** What a block of an article is, as a translator and a publisher need to know it. */
public enum BlockRole {
    TITLE, DATELINE, HEADING, BODY, LIST_ITEM, TABLE_CELL, CAPTION, CREDIT, BOILERPLATE;

    /** Boilerplate (site furniture, teasers) is dropped from translation by default. */
    public boolean translatable() {
        return this != BOILERPLATE;
    }

    /** The lower-case, hyphenated name used in JSON, XLIFF restype and reports ("list-item"). */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static BlockRole fromId(String id) {
        return valueOf(id.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
