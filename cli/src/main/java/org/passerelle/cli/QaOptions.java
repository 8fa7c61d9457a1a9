package org.passerelle.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every command that runs the QA gate shares (qa, publish). */
final class QaOptions {
    @Option(names = "--termbase", paramLabel = "TBX", description = "Termbase for the term.* checks.")
    Path termbase;

    @Option(names = "--profile", paramLabel = "FILE",
            description = "QA profile: checks on/off, severities, parameters (default: the built-in profile).")
    Path profile;

    @Option(names = "--suppressions", paramLabel = "FILE",
            description = "Reviewed false alarms, per unit and check, with a reason.")
    Path suppressions;

    @Option(names = "--cache", paramLabel = "FILE",
            description = "Keep LanguageTool results here between runs, so unchanged segments cost nothing "
                    + "(default with --report: DIR/.qa-cache.json).")
    Path cache;
}
