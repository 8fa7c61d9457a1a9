package org.passerelle.cli.glossary;

import java.util.ArrayList;
import java.util.List;
import org.passerelle.glossary.Concept;
import picocli.CommandLine.Option;

/** The concept-level options of {@code add} and {@code set}; an empty value removes the field. */
final class ConceptFields {
    @Option(names = "--subject", paramLabel = "FIELD", description = "Subject field (e.g. diplomacy); \"\" removes it.")
    String subject;

    @Option(names = "--definition", paramLabel = "TEXT", description = "Definition of the concept; \"\" removes it.")
    String definition;

    @Option(names = "--note", paramLabel = "TEXT", description = "Note on the concept; \"\" removes it.")
    String note;

    boolean isEmpty() {
        return subject == null && definition == null && note == null;
    }

    Concept applyTo(Concept c) {
        return new Concept(c.id(), pick(subject, c.subjectField()), pick(definition, c.definition()),
                pick(note, c.note()), c.terms());
    }

    /** "subject field set, note removed", or "" when no field was given. */
    String describe() {
        List<String> parts = new ArrayList<>();
        describe(parts, "subject field", subject);
        describe(parts, "definition", definition);
        describe(parts, "note", note);
        return String.join(", ", parts);
    }

    private static void describe(List<String> parts, String name, String value) {
        if (value != null) {
            parts.add(name + (value.isBlank() ? " removed" : " set"));
        }
    }

    private static String pick(String given, String current) {
        if (given == null) {
            return current;
        }
        return given.isBlank() ? null : given.strip();
    }
}
