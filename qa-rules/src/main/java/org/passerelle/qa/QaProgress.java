package org.passerelle.qa;

/** Told how far the run is, for a progress bar; called from checking threads. */
@FunctionalInterface
public interface QaProgress {
    void unitsChecked(int done, int total);
}
