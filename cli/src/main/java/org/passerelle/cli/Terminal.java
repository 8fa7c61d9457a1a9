package org.passerelle.cli;

/**
 * Whether a person is watching: progress bars and colours only on a terminal, never in CI
 * (the {@code CI} variable is set by every common CI service) nor when output is redirected;
 * colours also not under {@code NO_COLOR} (no-color.org) or on a {@code TERM=dumb} terminal, which
 * cannot redraw a bar either. {@code --quiet} turns the bar off too.
 */
public final class Terminal {
    private static volatile boolean quiet;

    private Terminal() {
    }

    /** Set once per command line, before the command runs. */
    static void quiet(boolean on) {
        quiet = on;
    }

    /** True under {@code --quiet}: only the verdict and errors are printed. */
    public static boolean quiet() {
        return quiet;
    }

    public static boolean interactive() {
        return System.console() != null && !set("CI") && !dumb();
    }

    public static boolean color() {
        return interactive() && !set("NO_COLOR");
    }

    public static boolean progressBar() {
        return interactive() && !quiet;
    }

    private static boolean dumb() {
        return "dumb".equals(System.getenv("TERM"));
    }

    private static boolean set(String variable) {
        String value = System.getenv(variable);
        return value != null && !value.isBlank() && !(variable.equals("CI") && value.equalsIgnoreCase("false"));
    }
}
