package org.passerelle.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest, so it is set in one place (the pom). */
public final class Version implements IVersionProvider {
    public static String current() {
        String v = Passerelle.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"passerelle " + current()};
    }
}
