package org.passerelle.qa.report;

import org.passerelle.qa.CheckDefinition;
import org.passerelle.qa.Parameter;

/**
 * A check's documentation for code-scanning dashboards and the HTML report, written from its
 * definition: what it finds, its ITS 2.0 category, its default severities, and how a team changes or
 * silences it (the profile keys, a suppression).
 */
final class RuleHelp {
    /** W3C's list of the ITS 2.0 issue types a category names. */
    static final String CATEGORY_URI = "https://www.w3.org/TR/its20/#lqissue-typevalues";

    private RuleHelp() {
    }

    /** One paragraph: the description, the category and the default severity. */
    static String fullDescription(CheckDefinition d) {
        return d.description() + ". ITS 2.0 issue type: " + d.category().id() + ". Default severity: "
                + severities(d) + ".";
    }

    static String text(CheckDefinition d) {
        StringBuilder sb = new StringBuilder(fullDescription(d)).append("\n\n");
        sb.append("Profile (--profile FILE): ").append(d.id()).append(".enabled = false turns it off; ")
                .append(d.id()).append(".severity = error|warning|info sets its severity.");
        for (Parameter p : d.parameters()) {
            sb.append("\n").append(d.id()).append('.').append(p.name()).append(" = ").append(p.defaultValue())
                    .append(hint(p)).append(": ").append(p.description());
        }
        sb.append("\n\nA reviewed false alarm: a line 'UNIT-ID ").append(d.id())
                .append(" REASON' in the suppressions file, or a note 'passerelle-suppress: ").append(d.id())
                .append(" - REASON' on the unit.");
        return sb.toString();
    }

    static String markdown(CheckDefinition d) {
        StringBuilder sb = new StringBuilder();
        sb.append("**").append(d.id()).append("**: ").append(d.description()).append(".\n\n");
        sb.append("- ITS 2.0 issue type: `").append(d.category().id()).append("`\n");
        sb.append("- Default severity: ").append(severities(d)).append("\n\n");
        sb.append("Change it in the QA profile (`--profile FILE`):\n\n");
        sb.append("| key | default | |\n| --- | --- | --- |\n");
        for (Parameter p : d.settings()) {
            sb.append("| `").append(d.id()).append('.').append(p.name()).append("` | `").append(p.defaultValue())
                    .append("` | ").append(cell(p.description() + hint(p))).append(" |\n");
        }
        sb.append("\nA reviewed false alarm is suppressed for one unit with a reason: a line `UNIT-ID ")
                .append(d.id()).append(" REASON` in the suppressions file (`--suppressions FILE`), or a note ")
                .append("`passerelle-suppress: ").append(d.id()).append(" — REASON` on the unit.\n");
        return sb.toString();
    }

    private static String severities(CheckDefinition d) {
        return d.severity().id() + d.sourceSeverity().filter(s -> s != d.severity())
                .map(s -> " (" + s.id() + " in the source)").orElse("");
    }

    private static String hint(Parameter p) {
        String hint = p.valueHint();
        return hint.isEmpty() ? "" : " (" + hint + ")";
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
