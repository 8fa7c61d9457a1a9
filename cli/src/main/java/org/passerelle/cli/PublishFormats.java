package org.passerelle.cli;

import org.passerelle.xliff.PublishFormat;
import picocli.CommandLine;

final class PublishFormats {
    private PublishFormats() {
    }

    static PublishFormat parse(CommandLine cl, String value) {
        try {
            return PublishFormat.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl,
                    "--format: '" + value + "' is not one of html, md, txt, docx");
        }
    }
}
