package org.passerelle.cli.glossary;

import org.passerelle.glossary.TermStatus;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** "preferred", "admitted", "deprecated", "superseded" (or the TBX picklist value) to a {@link TermStatus}. */
final class StatusConverter implements ITypeConverter<TermStatus> {
    static final String CHOICES = "preferred, admitted, deprecated or superseded";

    @Override
    public TermStatus convert(String value) {
        TermStatus status = TermStatus.parse(value);
        if (status == null) {
            throw new TypeConversionException("'" + value + "' is not a status: " + CHOICES);
        }
        return status;
    }
}
