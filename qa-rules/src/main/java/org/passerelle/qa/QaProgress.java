package org.passerelle.qa;

/** Told how far the run is, for a progress bar; called from checking threads. */
@FunctionalInterface
public interface QaProgress {
    void unitsChecked(int done, int total);

    /**
     * {@code done} of the run's {@code total} files read (before any unit is checked); by then
     * LanguageTool has been started for the files read so far that will need it.
     */
    default void filesRead(int done, int total) {
    }

    /** Work before the first unit is checked that takes long enough to name ("starting LanguageTool"). */
    default void phase(String name) {
    }
}
