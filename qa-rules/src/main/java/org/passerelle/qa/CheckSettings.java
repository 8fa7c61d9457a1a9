package org.passerelle.qa;

import java.util.Map;

/**
 * The profile's settings for one check: enabled, severity (target side), source-side severity and
 * its own parameters. Values were validated when the profile was loaded.
 */
public record CheckSettings(String id, boolean enabled, Severity severity, Severity sourceSeverity,
                            Map<String, String> parameters) {
    public CheckSettings {
        parameters = Map.copyOf(parameters);
    }

    public Severity severity(Side side) {
        return side == Side.SOURCE ? sourceSeverity : severity;
    }

    public String string(String name) {
        String v = parameters.get(name);
        if (v == null) {
            throw new IllegalArgumentException("no parameter " + id + "." + name + " in the default profile");
        }
        return v;
    }

    public int integer(String name) {
        return Integer.parseInt(string(name).trim());
    }

    public double decimal(String name) {
        return Double.parseDouble(string(name).trim());
    }

    public boolean bool(String name) {
        return Boolean.parseBoolean(string(name).trim());
    }
}
