package org.passerelle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** Every command's --help as a user reads it in an 80-column terminal. */
class HelpTextTest {

    @Test
    void everyHelpWrapsBetweenWordsAndStartsWithoutAWarning() {
        List<String> broken = new ArrayList<>();
        for (CommandLine command : commands(new CommandLine(new Passerelle()))) {
            String[] path = command.getCommandSpec().qualifiedName(" ").split(" ");
            List<String> args = new ArrayList<>(Arrays.asList(path).subList(1, path.length));
            args.add("--help");
            var r = CommandLineTest.run(args.toArray(String[]::new));
            assertEquals(0, r.code(), String.join(" ", args));
            assertEquals("", r.err(), "no warning before the help of " + String.join(" ", args));
            Set<String> shown = new TreeSet<>(Arrays.asList(r.out().split("\\s+")));
            for (String word : words(command.getCommandSpec())) {
                if (!shown.contains(word)) {
                    broken.add(String.join(" ", args) + ": '" + word + "'");
                }
            }
            r.out().lines().filter(l -> l.length() > 80).forEach(l -> broken.add("longer than 80: " + l));
        }
        assertTrue(broken.isEmpty(), "words cut at the line end:\n" + String.join("\n", broken));
    }

    /** The words of the descriptions, as written in the source (variables expanded by picocli are skipped). */
    private static List<String> words(CommandSpec spec) {
        List<String> texts = new ArrayList<>(Arrays.asList(spec.usageMessage().description()));
        for (ArgSpec arg : spec.args()) {
            texts.addAll(Arrays.asList(arg.description()));
        }
        List<String> words = new ArrayList<>();
        for (String text : texts) {
            for (String w : text.split("\\s+")) {
                if (!w.isEmpty() && !w.contains("${")) {
                    // picocli reads descriptions as format strings: "%%" shows as "%"
                    words.add(w.replace("%%", "%"));
                }
            }
        }
        return words;
    }

    private static List<CommandLine> commands(CommandLine root) {
        List<CommandLine> all = new ArrayList<>(List.of(root));
        root.getSubcommands().values().stream().distinct().filter(c -> !c.getCommandName().equals("help"))
                .forEach(c -> all.addAll(commands(c)));
        return all;
    }

}
