package org.passerelle.xliff;

import java.util.Locale;

public enum PublishFormat {
    HTML("html"), MD("md"), TXT("txt"), DOCX("docx");

    private final String extension;

    PublishFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    public static PublishFormat parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
}
