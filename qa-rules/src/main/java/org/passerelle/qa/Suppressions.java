package org.passerelle.qa;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.passerelle.core.InputFile;
import org.passerelle.xliff.TranslationUnit;

/**
 * Reviewed false alarms, as data the team commits.
 *
 * <p>File form, one suppression per line, {@code #} starts a comment line:
 * <pre>
 * # [file-name:]unit-id   check-id   reason
 * u3                      spelling   Kartapolov is a name
 * gold-vi.xlf:u7          *          quotation kept verbatim
 * </pre>
 * The unit id may be prefixed with the XLIFF file name (its last path element) to limit it to that
 * file; the check id {@code *} suppresses every check for that unit. The reason is required.
 *
 * <p>XLIFF form: a note on the unit whose text contains
 * {@code passerelle-suppress: <check-id> — <reason>} (the separator may be an em dash, an en
 * dash or a hyphen between spaces, or a colon right after the check id), e.g. {@code <note>passerelle-suppress: spelling — Kartapolov is a name</note>}.
 */
public final class Suppressions {
    private static final Pattern NOTE = Pattern.compile(
            "passerelle-suppress:[ \\t]*([^\\s:—–]+)[ \\t]*:?[ \\t]*(?:[—–-][ \\t]+)?(\\S.*)");

    private record Entry(String file, String unit, String check, String reason) {
        boolean covers(TranslationUnit u, String checkId) {
            return unit.equals(u.id()) && (check.equals("*") || check.equals(checkId))
                    && (file == null || file.equals(fileName(u.file())));
        }
    }

    private final List<Entry> entries;

    private Suppressions(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** No file: only the XLIFF notes suppress. */
    public static Suppressions none() {
        return new Suppressions(List.of());
    }

    public static Suppressions load(Path file) throws org.passerelle.core.InputException {
        List<String> lines;
        InputFile.refuseIfSpecial(file);
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new org.passerelle.core.InputException(file, "suppressions file not found");
        } catch (MalformedInputException e) {
            throw new org.passerelle.core.InputException(file, "suppressions file is not UTF-8 text", e);
        } catch (IOException e) {
            throw new org.passerelle.core.InputException(file, "cannot read suppressions: " + e.getMessage(), e);
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+", 3);
            if (parts.length < 3) {
                throw new org.passerelle.core.InputException(file, i + 1, 1,
                        "expected '[file:]unit-id check-id reason', got '" + line + "'");
            }
            String unit = parts[0];
            String fileName = null;
            int colon = unit.lastIndexOf(':');
            if (colon > 0) {
                fileName = unit.substring(0, colon);
                unit = unit.substring(colon + 1);
            }
            entries.add(new Entry(fileName, unit, parts[1], parts[2].strip()));
        }
        return new Suppressions(entries);
    }

    /** Why {@code checkId} is suppressed on {@code unit}, or null when it is not. */
    public String reason(TranslationUnit unit, String checkId) {
        for (Entry e : entries) {
            if (e.covers(unit, checkId)) {
                return e.reason();
            }
        }
        for (String note : unit.notes()) {
            Matcher m = NOTE.matcher(note);
            while (m.find()) {
                String check = m.group(1);
                if (check.equals(checkId) || check.equals("*")) {
                    return m.group(2).strip();
                }
            }
        }
        return null;
    }

    public int size() {
        return entries.size();
    }

    private static String fileName(String path) {
        if (path == null) {
            return null;
        }
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }
}
