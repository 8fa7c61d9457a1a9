package org.passerelle.qa;

import java.util.List;

/**
 * One setting of a check beyond enabled and severity, as the profile spells it
 * ({@code <check-id>.<name> = <value>}).
 *
 * @param allowed      the values a {@link Type#ONE_OF} parameter accepts (empty for other types)
 * @param defaultValue the value as written in the default profile
 * @param description  what it changes, one line
 */
public record Parameter(String name, Type type, List<String> allowed, String defaultValue, String description) {

    public enum Type {
        BOOLEAN, INTEGER, DECIMAL, STRING, LIST, ONE_OF
    }

    public Parameter {
        allowed = List.copyOf(allowed);
        String problem = problem(type, allowed, defaultValue);
        if (problem != null) {
            throw new IllegalArgumentException("default of " + name + " " + problem + ", got '" + defaultValue + "'");
        }
    }

    public static Parameter bool(String name, boolean defaultValue, String description) {
        return new Parameter(name, Type.BOOLEAN, List.of(), String.valueOf(defaultValue), description);
    }

    public static Parameter integer(String name, int defaultValue, String description) {
        return new Parameter(name, Type.INTEGER, List.of(), String.valueOf(defaultValue), description);
    }

    /** @param defaultValue as it should read in the profile ("2.0") */
    public static Parameter decimal(String name, String defaultValue, String description) {
        return new Parameter(name, Type.DECIMAL, List.of(), defaultValue, description);
    }

    public static Parameter string(String name, String defaultValue, String description) {
        return new Parameter(name, Type.STRING, List.of(), defaultValue, description);
    }

    /** @param defaultValue comma-separated, as it should read in the profile */
    public static Parameter list(String name, String defaultValue, String description) {
        return new Parameter(name, Type.LIST, List.of(), defaultValue, description);
    }

    public static Parameter oneOf(String name, List<String> allowed, String defaultValue, String description) {
        return new Parameter(name, Type.ONE_OF, allowed, defaultValue, description);
    }

    /** What is wrong with {@code value} for this parameter ("must be a whole number"), or null. */
    public String problem(String value) {
        return problem(type, allowed, value);
    }

    /** How the default profile describes the accepted values, or "" when any text goes. */
    public String valueHint() {
        return switch (type) {
            case BOOLEAN -> "true or false";
            case INTEGER -> "a whole number";
            case DECIMAL -> "a number";
            case LIST -> "comma-separated";
            case ONE_OF -> "one of " + String.join(", ", allowed);
            case STRING -> "";
        };
    }

    private static String problem(Type type, List<String> allowed, String value) {
        return switch (type) {
            case BOOLEAN -> value.equals("true") || value.equals("false") ? null : "must be true or false";
            case INTEGER -> !value.matches("-?\\d+") ? "must be a whole number"
                    : fitsInt(value) ? null : "must be a whole number of at most " + Integer.MAX_VALUE;
            case DECIMAL -> value.matches("-?\\d+(\\.\\d+)?") ? null : "must be a number";
            case ONE_OF -> allowed.contains(value) ? null : "must be one of " + String.join(", ", allowed);
            case STRING, LIST -> null;
        };
    }

    private static boolean fitsInt(String digits) {
        try {
            Integer.parseInt(digits);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
