package org.passerelle.qa;

import java.util.Locale;

public enum Side {
    SOURCE, TARGET;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
