package org.passerelle.glossary;

import java.util.Locale;

/** TBX {@code administrativeStatus}, reduced to what a translator acts on. */
public enum TermStatus {
    PREFERRED("preferredTerm-admn-sts"),
    ADMITTED("admittedTerm-admn-sts"),
    DEPRECATED("deprecatedTerm-admn-sts"),
    SUPERSEDED("supersededTerm-admn-sts");

    private final String tbxValue;

    TermStatus(String tbxValue) {
        this.tbxValue = tbxValue;
    }

    /** The TBX picklist value, e.g. "preferredTerm-admn-sts". */
    public String tbxValue() {
        return tbxValue;
    }

    /** Deprecated and superseded terms must not appear in a translation. */
    public boolean forbidden() {
        return this == DEPRECATED || this == SUPERSEDED;
    }

    /** The lower-case name used on the command line and in CSV ("preferred"). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Accepts "preferred", "preferredTerm-admn-sts" and the like; unknown values give null. */
    public static TermStatus parse(String value) {
        if (value == null) {
            return null;
        }
        String v = value.trim();
        for (TermStatus s : values()) {
            if (s.tbxValue.equalsIgnoreCase(v) || s.id().equalsIgnoreCase(v)) {
                return s;
            }
        }
        return null;
    }
}
