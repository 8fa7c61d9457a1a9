package org.passerelle.cli;

/**
 * Whether a person is watching: progress bars and colours only on a terminal, never in CI
 * (the {@code CI} variable is set by every common CI service) nor when output is redirected.
 */
public final class Terminal {
    private Terminal() {
    }

    public static boolean interactive() {
        String ci = System.getenv("CI");
        return System.console() != null && (ci == null || ci.isBlank() || ci.equalsIgnoreCase("false"));
    }

    public static boolean color() {
        return interactive() && System.getenv("NO_COLOR") == null;
    }
}
