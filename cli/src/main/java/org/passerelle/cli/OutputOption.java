package org.passerelle.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The output directory the commands that write files (prepare, publish) require. */
final class OutputOption {
    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "Output directory.")
    Path dir;
}
