package org.passerelle.qa;

/** What every check shares: it is described by its definition (Checkstyle's AbstractCheck). */
public abstract class AbstractCheck implements Check {
    private final CheckDefinition definition;

    protected AbstractCheck(CheckDefinition definition) {
        this.definition = definition;
    }

    @Override
    public final String id() {
        return definition.id();
    }

    public final CheckDefinition definition() {
        return definition;
    }
}
