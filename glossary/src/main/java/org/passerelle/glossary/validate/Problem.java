package org.passerelle.glossary.validate;

import java.nio.file.Path;

/**
 * One thing wrong with a termbase, where it is and in which concept.
 *
 * @param severity  errors make {@code glossary validate} exit 2; warnings are reported only
 * @param rule      a stable id ("tbx.picklist", "term.conflicting-status"), for filtering
 * @param file      the termbase
 * @param line      1-based line, 0 when unknown (CSV)
 * @param column    1-based column, 0 when unknown
 * @param conceptId the concept, or null for file-level problems
 * @param message   what is wrong and, where it helps, what to do
 */
public record Problem(Severity severity, String rule, Path file, int line, int column, String conceptId,
        String message) {

    public enum Severity { ERROR, WARNING }

    /** "file:line:column: error: [c3] message (rule)", the form compilers use. */
    public String oneLine() {
        StringBuilder sb = new StringBuilder(String.valueOf(file));
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        sb.append(": ").append(severity.name().toLowerCase(java.util.Locale.ROOT)).append(": ");
        if (conceptId != null) {
            sb.append('[').append(conceptId).append("] ");
        }
        return sb.append(message).append(" (").append(rule).append(')').toString();
    }
}
