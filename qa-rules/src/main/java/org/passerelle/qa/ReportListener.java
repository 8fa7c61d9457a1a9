package org.passerelle.qa;

import java.io.IOException;
import java.util.List;
import org.passerelle.core.InputException;
import org.passerelle.xliff.TranslationUnit;

/**
 * Receives findings as the engine produces them and writes one report format (Checkstyle's AuditListener).
 * The engine calls, in this order: {@link #started} once, then for each unit in file order
 * {@link #unit} followed by that unit's findings (sorted by segment, side, offset), then {@link #finished}.
 */
public interface ReportListener {

    /** The definitions of the checks that run, before any unit. */
    default void started(List<CheckDefinition> checks) {
    }

    /** A unit that was read (every unit, with or without findings). */
    default void unit(TranslationUnit unit) {
    }

    void finding(Finding finding);

    /**
     * A file that could not be read, in its place among the files; its {@code xliff.unreadable}
     * finding follows. For the gate and the command line, which report bad input apart.
     */
    default void unreadable(InputException problem) {
    }

    /** Called once at the end of the run; reports that need every finding write their file here. */
    void finished(QaSummary summary) throws IOException;
}
