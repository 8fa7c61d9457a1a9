package org.passerelle.maven;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.passerelle.core.InputException;

/**
 * What every Passerelle goal shares: {@code skip}, and bad input (a file, line and column) as the
 * build error, so each goal only says what it does.
 */
abstract class AbstractPasserelleMojo extends AbstractMojo {
    /** Skip every Passerelle goal. */
    @Parameter(property = "passerelle.skip", defaultValue = "false")
    boolean skip;

    private final String goal;

    /** @param goal how the log names the goal when it is skipped ("Passerelle QA skipped") */
    AbstractPasserelleMojo(String goal) {
        this.goal = goal;
    }

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Passerelle " + goal + " skipped");
            return;
        }
        try {
            run();
        } catch (InputException e) {
            throw new MojoExecutionException(e.oneLine(), e);
        }
    }

    abstract void run() throws MojoExecutionException, MojoFailureException, InputException;
}
