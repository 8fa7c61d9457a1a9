package org.passerelle.xliff;

import java.util.List;

/** Publishing stopped: these unit ids have no (approved) translation. */
public class UntranslatedException extends Exception {
    private final List<String> unitIds;

    public UntranslatedException(String file, List<String> unitIds) {
        super(file + ": " + unitIds.size() + " untranslated unit(s): " + String.join(", ", unitIds));
        this.unitIds = List.copyOf(unitIds);
    }

    public List<String> unitIds() {
        return unitIds;
    }
}
