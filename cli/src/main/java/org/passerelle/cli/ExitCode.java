package org.passerelle.cli;

/** The exit codes docs/design.md fixes, plus one for bugs so a CI gate never mistakes a crash for findings. */
public final class ExitCode {
    public static final int CLEAN = 0;
    public static final int FINDINGS = 1;
    public static final int BAD_INPUT = 2;
    public static final int INTERNAL_ERROR = 3;

    private ExitCode() {
    }
}
