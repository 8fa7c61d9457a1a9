package org.passerelle.cli;

/**
 * What the libraries log. simplelogger.properties keeps them quiet (Okapi entirely: it reports
 * remarks about valid files, such as a seg-source that differs from its source, as errors);
 * {@code --verbose} opens them up. SLF4J's simple logger reads its settings once, when the first
 * logger is made, and system properties win over the file.
 */
final class LibraryLogging {
    private LibraryLogging() {
    }

    static void verbose() {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
        System.setProperty("org.slf4j.simpleLogger.log.net.sf.okapi", "info");
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.poi", "info");
    }
}
