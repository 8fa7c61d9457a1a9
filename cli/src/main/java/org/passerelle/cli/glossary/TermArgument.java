package org.passerelle.cli.glossary;

import org.passerelle.glossary.TermStatus;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/**
 * A term named on the command line: {@code LANG=TEXT}, or in {@code glossary add}
 * {@code LANG:STATUS=TEXT}, so that one command can add a concept with its forbidden terms.
 *
 * @param lang   the language tag as typed
 * @param status the status given with the term, or null
 * @param text   the term, without surrounding spaces
 */
record TermArgument(String lang, TermStatus status, String text) {

    /** For the commands that find a term rather than create one: a status there is a mistake. */
    TermArgument withoutStatus(CommandSpec spec) {
        if (status != null) {
            throw new ParameterException(spec.commandLine(), "--term " + lang + ":" + status.id() + "=" + text
                    + ": name the term as LANG=TEXT here; the status is not part of its name");
        }
        return this;
    }

    @Override
    public String toString() {
        return lang + " '" + text + "'";
    }

    static final class Converter implements ITypeConverter<TermArgument> {
        @Override
        public TermArgument convert(String value) {
            int eq = value.indexOf('=');
            if (eq <= 0) {
                throw new TypeConversionException("'" + value + "' is not LANG=TEXT (e.g. en=East Sea)");
            }
            String head = value.substring(0, eq).strip();
            String text = value.substring(eq + 1).strip();
            TermStatus status = null;
            int colon = head.indexOf(':');
            if (colon >= 0) {
                status = new StatusConverter().convert(head.substring(colon + 1).strip());
                head = head.substring(0, colon).strip();
            }
            if (text.isEmpty()) {
                throw new TypeConversionException("'" + value + "' has no term after '='");
            }
            return new TermArgument(LanguageTag.check(head), status, text);
        }
    }
}
