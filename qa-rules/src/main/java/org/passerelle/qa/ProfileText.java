package org.passerelle.qa;

import java.util.ArrayList;
import java.util.List;

/** The commented default profile users copy and edit, written from the check definitions. */
final class ProfileText {
    private static final int WIDTH = 100;
    private static final String HEADER = """
            # Passerelle QA profile (the defaults).
            #
            # Copy this file, keep the lines you want to change, and pass it with --profile FILE.
            # Format: one "check-id.setting = value" per line; lines starting with # are comments.
            # Every check has:
            #   <check-id>.enabled          true or false
            #   <check-id>.severity         error, warning or info, for findings in the translation (target)
            #   <check-id>.source-severity  the same for findings in the French source (optional; defaults to severity)
            # and some have parameters, listed under them. A key not listed in this file is an error (so a
            # typo never silently turns a check off). "passerelle qa --fail-on error" fails the build when a
            # finding of severity error remains that is not suppressed.
            """;

    private ProfileText() {
    }

    static String of(List<CheckDefinition> definitions) {
        StringBuilder text = new StringBuilder(HEADER);
        for (CheckDefinition d : definitions) {
            text.append('\n');
            comment(text, "--- " + d.id() + " (" + d.category().id() + "): " + d.description());
            line(text, d.id() + ".enabled", "true");
            line(text, d.id() + ".severity", d.severity().id());
            d.sourceSeverity().ifPresent(s -> line(text, d.id() + ".source-severity", s.id()));
            for (Parameter p : d.parameters()) {
                String hint = p.valueHint();
                comment(text, p.name() + (hint.isEmpty() ? "" : " (" + hint + ")") + ": " + p.description());
                line(text, d.id() + "." + p.name(), p.defaultValue());
            }
        }
        return text.toString();
    }

    private static void line(StringBuilder text, String key, String value) {
        text.append(key).append(" =").append(value.isEmpty() ? "" : " " + value).append('\n');
    }

    /** {@code words} as "# " lines no wider than the profile's other comments. */
    private static void comment(StringBuilder text, String words) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder("#");
        for (String word : words.split(" ")) {
            if (current.length() + 1 + word.length() > WIDTH && current.length() > 1) {
                lines.add(current.toString());
                current = new StringBuilder("#");
            }
            current.append(' ').append(word);
        }
        lines.add(current.toString());
        lines.forEach(l -> text.append(l).append('\n'));
    }
}
