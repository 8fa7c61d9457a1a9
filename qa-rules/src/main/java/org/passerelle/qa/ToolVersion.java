package org.passerelle.qa;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Passerelle's version, from a resource Maven fills in at build time. */
public final class ToolVersion {
    private static final String VERSION = read();

    private ToolVersion() {
    }

    public static String get() {
        return VERSION;
    }

    private static String read() {
        try (InputStream in = ToolVersion.class.getResourceAsStream("/org/passerelle/qa/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            String v = p.getProperty("version", "dev");
            return v.startsWith("${") ? "dev" : v;
        } catch (IOException e) {
            return "dev";
        }
    }
}
