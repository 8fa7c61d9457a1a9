package org.passerelle.extract.blocks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.passerelle.core.BlockRole;
import org.passerelle.core.InputException;
import org.passerelle.core.InputFile;

/**
 * The rules that recognise datelines, credits, captions and site boilerplate, read from a rules
 * file ({@code ACTION ROLE PATTERN} a line, see the bundled {@code boilerplate.rules}) so a desk can
 * teach the extractor a new site's furniture without a release.
 */
public final class BoilerplateRules {
    public static final String BUNDLED = "/org/passerelle/extract/blocks/boilerplate.rules";

    private final List<Rule> rules;

    private BoilerplateRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rules shipped with Passerelle. */
    public static BoilerplateRules bundled() {
        try (InputStream in = BoilerplateRules.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BUNDLED);
            }
            return new BoilerplateRules(parse(new InputStreamReader(in, StandardCharsets.UTF_8), null, "boilerplate.rules"));
        } catch (IOException | InputException e) {
            throw new IllegalStateException("bundled rules unreadable: " + e.getMessage(), e);
        }
    }

    /** These rules followed by the rules of {@code file} (earlier rules win where both match). */
    public BoilerplateRules plus(Path file) throws InputException {
        if (!Files.isReadable(file)) {
            throw new InputException(file, "rules file not found or not readable");
        }
        InputFile.require(file);
        List<Rule> all = new ArrayList<>(rules);
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            all.addAll(parse(r, file, file.getFileName().toString()));
        } catch (IOException e) {
            throw new InputException(file, "cannot read rules file: " + e.getMessage(), e);
        }
        return new BoilerplateRules(all);
    }

    public List<Rule> rules() {
        return rules;
    }

    public List<Rule> of(Rule.Action action) {
        return rules.stream().filter(r -> r.action() == action).toList();
    }

    private static List<Rule> parse(Reader reader, Path file, String name) throws IOException, InputException {
        List<Rule> out = new ArrayList<>();
        BufferedReader in = new BufferedReader(reader);
        String line;
        int no = 0;
        while ((line = in.readLine()) != null) {
            no++;
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            String[] parts = s.split("\\s+", 3);
            if (parts.length < 3) {
                throw new InputException(file, no, 1, "expected ACTION ROLE PATTERN, got '" + s + "'");
            }
            Rule.Action action;
            BlockRole role;
            try {
                action = Rule.Action.valueOf(parts[0].toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InputException(file, no, 1, "unknown action '" + parts[0] + "' (block, lead, rest, prefix, suffix, marker, html)");
            }
            try {
                role = BlockRole.fromId(parts[1]);
            } catch (IllegalArgumentException e) {
                throw new InputException(file, no, parts[0].length() + 2, "unknown role '" + parts[1] + "'");
            }
            try {
                // Unicode classes so that \s matches the NBSP of web pages and \w accented letters.
                Pattern p = Pattern.compile(parts[2], Pattern.UNICODE_CHARACTER_CLASS | Pattern.UNICODE_CASE);
                out.add(new Rule(action, role, p, name + ":" + no));
            } catch (PatternSyntaxException e) {
                throw new InputException(file, no, line.indexOf(parts[2]) + 1, "bad pattern: " + e.getDescription());
            }
        }
        return out;
    }
}
