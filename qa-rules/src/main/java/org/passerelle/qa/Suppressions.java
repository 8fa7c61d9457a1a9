package org.passerelle.qa;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.passerelle.core.InputFile;
import org.passerelle.core.InputException;
import org.passerelle.xliff.TranslationUnit;

/**
 * Reviewed false alarms, as data the team commits: a filter the engine asks about every finding.
 *
 * <p>File form, one suppression per line, {@code #} starts a comment line:
 * <pre>
 * # [file-name:]unit-id   check-id   reason
 * u3                      spelling   Kartapolov is a name
 * gold-vi.xlf:u7          *          quotation kept verbatim
 * </pre>
 * The unit id may be prefixed with the XLIFF file name (its last path element) to limit it to that
 * file; the check id {@code *} suppresses every check for that unit. The reason is required, and
 * the check id must be one the run knows (as the profile refuses unknown keys, so a typo never
 * silently stops suppressing); a unit that is in none of the files checked is reported by
 * {@link #unmatched} after the run.
 *
 * <p>XLIFF form: a note on the unit whose text contains
 * {@code passerelle-suppress: <check-id> — <reason>} (the separator may be an em dash, an en
 * dash or a hyphen between spaces, or a colon right after the check id), e.g. {@code <note>passerelle-suppress: spelling — Kartapolov is a name</note>}.
 *
 * <p>A {@link Baseline} joins as one more filter ({@link #with(Baseline)}).
 */
public final class Suppressions {
    private static final Pattern NOTE = Pattern.compile(
            "passerelle-suppress:[ \\t]*([^\\s:—–]+)[ \\t]*:?[ \\t]*(?:[—–-][ \\t]+)?(\\S.*)");

    private record Entry(Path source, int line, String file, String unit, String check, String reason) {
        boolean covers(TranslationUnit u, String checkId) {
            return unit.equals(u.id()) && (check.equals("*") || check.equals(checkId))
                    && (file == null || file.equals(fileName(u.file())));
        }
    }

    private final List<Entry> entries;
    private final Baseline baseline;

    private Suppressions(List<Entry> entries, Baseline baseline) {
        this.entries = List.copyOf(entries);
        this.baseline = baseline;
    }

    /** No file: only the XLIFF notes suppress. */
    public static Suppressions none() {
        return new Suppressions(List.of(), null);
    }

    /** The file's suppressions, for the built-in checks. */
    public static Suppressions load(Path file) throws InputException {
        return load(file, CheckRegistry.all().stream().map(CheckDefinition::id).toList());
    }

    /** @param checks the check ids of the run (a profile's {@link Profile#checkIds()}); any other id is an error */
    public static Suppressions load(Path file, Collection<String> checks) throws InputException {
        List<String> lines;
        InputFile.refuseIfSpecial(file);
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InputException(file, "suppressions file not found");
        } catch (MalformedInputException e) {
            throw new InputException(file, "suppressions file is not UTF-8 text", e);
        } catch (IOException e) {
            throw new InputException(file, "cannot read suppressions: " + e.getMessage(), e);
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i);
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+", 3);
            if (parts.length < 3) {
                throw new InputException(file, i + 1, 1, "expected '[file:]unit-id check-id reason', got '" + line + "'");
            }
            if (!parts[1].equals("*") && !checks.contains(parts[1])) {
                throw new InputException(file, i + 1, raw.indexOf(parts[1], raw.indexOf(parts[0]) + parts[0].length()) + 1,
                        "unknown check '" + parts[1] + "'" + NearestName.hint(parts[1], checks)
                                + " (a check id, or * for every check)");
            }
            String unit = parts[0];
            String fileName = null;
            int colon = unit.lastIndexOf(':');
            if (colon > 0) {
                fileName = unit.substring(0, colon);
                unit = unit.substring(colon + 1);
            }
            entries.add(new Entry(file, i + 1, fileName, unit, parts[1], parts[2].strip()));
        }
        return new Suppressions(entries, null);
    }

    /** These suppressions, and the findings of {@code known} suppressed as known before (null: none). */
    public Suppressions with(Baseline known) {
        return new Suppressions(entries, known);
    }

    /** Why {@code finding} on {@code unit} is suppressed, or null when it counts. */
    public String reason(TranslationUnit unit, Finding finding) {
        String reason = reason(unit, finding.check());
        return reason != null || baseline == null ? reason : baseline.reason(finding);
    }

    /** Why {@code checkId} is suppressed on {@code unit} by the file or a note, or null when it is not. */
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

    /**
     * "passerelle-suppressions.txt:4: no unit 'u33' in the files checked", for each line whose unit
     * none of the files has; a line limited to a file that was not checked is not reported (a run
     * over part of the project).
     *
     * @param unitsByFile the unit ids of each file checked, by file path
     */
    public List<String> unmatched(Map<String, Set<String>> unitsByFile) {
        List<String> stale = new ArrayList<>();
        for (Entry e : entries) {
            List<Set<String>> candidates = unitsByFile.entrySet().stream()
                    .filter(f -> e.file() == null || e.file().equals(fileName(f.getKey()))).map(Map.Entry::getValue).toList();
            if (!candidates.isEmpty() && candidates.stream().noneMatch(units -> units.contains(e.unit()))) {
                stale.add(e.source() + ":" + e.line() + ": no unit '" + e.unit() + "' in "
                        + (e.file() == null ? "the files checked" : e.file()) + "; the suppression does nothing");
            }
        }
        return stale;
    }

    private static String fileName(String path) {
        if (path == null) {
            return null;
        }
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }
}
