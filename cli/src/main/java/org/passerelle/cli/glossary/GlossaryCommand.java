package org.passerelle.cli.glossary;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "glossary", mixinStandardHelpOptions = true,
        description = "Termbase (TBX) maintenance: validate, look up, list, statistics.",
        subcommands = {ValidateCommand.class, LookupCommand.class, ListCommand.class, StatsCommand.class})
public final class GlossaryCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
