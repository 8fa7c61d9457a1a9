package org.passerelle.cli.glossary;

import java.util.ArrayList;
import java.util.List;
import org.passerelle.glossary.edit.ConceptFields;
import picocli.CommandLine.Option;

/** The concept-level options of {@code add} and {@code set}; an empty value removes the field. */
final class ConceptFieldOptions {
    @Option(names = "--subject", paramLabel = "FIELD", description = "Subject field (e.g. diplomacy); \"\" removes it.")
    String subject;

    @Option(names = "--definition", paramLabel = "TEXT", description = "Definition of the concept; \"\" removes it.")
    String definition;

    @Option(names = "--note", paramLabel = "TEXT", description = "Note on the concept; \"\" removes it.")
    String note;

    ConceptFields fields() {
        return new ConceptFields(subject, definition, note);
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
}
