package org.passerelle.glossary.edit;

import org.passerelle.glossary.Concept;

/**
 * Changes to a concept's own fields: null leaves a field as it is, a blank value removes it.
 *
 * @param subjectField the subject field (e.g. diplomacy)
 * @param definition   the definition
 * @param note         the note
 */
public record ConceptFields(String subjectField, String definition, String note) {
    /** No change. */
    public static final ConceptFields NONE = new ConceptFields(null, null, null);

    public boolean isEmpty() {
        return subjectField == null && definition == null && note == null;
    }

    /** The concept with these changes made. */
    public Concept applyTo(Concept c) {
        return new Concept(c.id(), pick(subjectField, c.subjectField()), pick(definition, c.definition()),
                pick(note, c.note()), c.terms());
    }

    private static String pick(String given, String current) {
        if (given == null) {
            return current;
        }
        return given.isBlank() ? null : given.strip();
    }
}
