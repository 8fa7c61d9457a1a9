package org.passerelle.cli.glossary;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "glossary", mixinStandardHelpOptions = true,
        description = {"Maintain the termbase: validate, look up, edit, import, export.",
            "Every edit is checked, refused with exit code 2 when the termbase would become invalid, and written"
                    + " atomically, keeping every entry it does not touch as it was."},
        subcommands = {ValidateCommand.class, LookupCommand.class, ListCommand.class, StatsCommand.class,
            AddCommand.class,
            SetCommand.class,
            DeprecateCommand.class,
            RemoveCommand.class,
            ImportCommand.class,
            ExportCommand.class})
public final class GlossaryCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
