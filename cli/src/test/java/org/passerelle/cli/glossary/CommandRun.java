package org.passerelle.cli.glossary;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.passerelle.cli.Passerelle;

/** One run of the command line as a user types it, with what it printed. */
record CommandRun(int code, String out, String err) {
    /** The project's sample termbase, as a glossary maintainer would start from it. */
    static final Path SAMPLE_TERMBASE = Path.of("..", "samples", "termbase.tbx");

    private static final Pattern ENTRY = Pattern.compile("(?s)<conceptEntry id=\"([^\"]+)\".*?</conceptEntry>");

    static CommandRun run(Object... args) {
        String[] strings = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            strings[i] = String.valueOf(args[i]);
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Passerelle.execute(new PrintWriter(out, true), new PrintWriter(err, true), strings);
        return new CommandRun(code, out.toString(), err.toString());
    }

    static Path copySample(Path dir) throws IOException {
        return Files.copy(SAMPLE_TERMBASE, dir.resolve("termbase.tbx"));
    }

    static Path copyResource(String name, Path dir) throws IOException {
        try (InputStream in = CommandRun.class.getResourceAsStream("/glossary/" + name)) {
            Path target = dir.resolve(name);
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        }
    }

    /**
     * Each conceptEntry of a TBX file exactly as written, by id: the text is compared, not parsed,
     * because "untouched entries are kept" means byte for byte.
     */
    static Map<String, String> entries(Path tbx) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        Matcher m = ENTRY.matcher(Files.readString(tbx, StandardCharsets.UTF_8));
        while (m.find()) {
            entries.put(m.group(1), m.group());
        }
        return entries;
    }

    @Override
    public String toString() {
        return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
    }
}
