package org.passerelle.qa.gate;

import java.util.List;
import org.passerelle.qa.NearestName;

/**
 * A name that is none of the known ones (a report format, a fail-on level); the message lists them
 * and names the one a typo was probably meant to be.
 */
public final class UnknownNameException extends IllegalArgumentException {
    private final String name;
    private final List<String> known;

    public UnknownNameException(String name, List<String> known) {
        super("'" + name + "' is not one of " + String.join(", ", known) + NearestName.hint(name, known));
        this.name = name;
        this.known = List.copyOf(known);
    }

    public String name() {
        return name;
    }

    public List<String> known() {
        return known;
    }
}
