package org.passerelle.cli;

import org.passerelle.qa.gate.FailOn;
import org.passerelle.qa.gate.ReportFormat;
import org.passerelle.qa.gate.ReportFormats;
import org.passerelle.qa.gate.UnknownNameException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The gate's names on the command line: an unknown one is a usage error that lists the known ones. */
final class GateConverters {
    private GateConverters() {
    }

    static final class FailOnConverter implements ITypeConverter<FailOn> {
        @Override
        public FailOn convert(String value) {
            try {
                return FailOn.parse(value);
            } catch (UnknownNameException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    static final class FormatConverter implements ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            try {
                return ReportFormats.builtIn().named(value);
            } catch (UnknownNameException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
