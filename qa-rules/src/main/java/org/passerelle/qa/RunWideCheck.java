package org.passerelle.qa;

import java.util.List;

/**
 * A check that needs to see every unit of the run before it can judge (consistency, majority
 * style). {@link #check} collects (thread-safely) and usually returns nothing; {@link #finish}
 * is called once, after every unit of every file has been checked.
 */
public interface RunWideCheck extends Check {

    List<UnitMatch> finish(CheckContext context);
}
