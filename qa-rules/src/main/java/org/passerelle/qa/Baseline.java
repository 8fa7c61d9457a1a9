package org.passerelle.qa;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.passerelle.core.InputException;

/**
 * The findings a team has accepted for now (PMD's, Checkstyle's and SpotBugs' baselines): a filter
 * that suppresses a finding whose fingerprint it records, so the gate fails only on new findings,
 * and tells afterwards which recorded findings are gone (fixed). Written by {@code qa
 * --write-baseline FILE} ({@code report.BaselineReport}); thread-safe, since the engine asks from
 * its checking threads.
 *
 * <pre>
 * {"tool": {...}, "findings": [{"fingerprint": "3f…", "file": "a.en.xlf", "unit": "u3", "check": "spelling",
 *   "message": "…"}]}
 * </pre>
 */
public final class Baseline {
    /** One recorded finding, as the baseline file has it. */
    public record Entry(String fingerprint, String file, String unit, String check, String message) {
    }

    private final Path file;
    private final Map<String, List<Entry>> remaining = new HashMap<>();

    private Baseline(Path file, List<Entry> entries) {
        this.file = file;
        entries.forEach(e -> remaining.computeIfAbsent(e.fingerprint(), k -> new ArrayList<>()).add(e));
    }

    public static Baseline load(Path file) throws InputException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new InputException(file, "baseline file not found (write one with qa --write-baseline " + file + ")");
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new InputException(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    "not a baseline: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new InputException(file, "cannot read the baseline: " + e.getMessage(), e);
        }
        JsonNode findings = root == null ? null : root.get("findings");
        if (findings == null || !findings.isArray()) {
            throw new InputException(file, 1, 1, "not a baseline: no \"findings\" array (write one with qa --write-baseline)");
        }
        List<Entry> entries = new ArrayList<>();
        for (JsonNode f : findings) {
            String fingerprint = f.path("fingerprint").asText("");
            if (fingerprint.isEmpty()) {
                throw new InputException(file, "not a baseline: finding " + (entries.size() + 1) + " has no fingerprint");
            }
            entries.add(new Entry(fingerprint, f.path("file").asText(), f.path("unit").asText(), f.path("check").asText(),
                    f.path("message").asText()));
        }
        return new Baseline(file, entries);
    }

    /**
     * "in the baseline (qa-baseline.json)" when the finding was recorded (once per recorded
     * occurrence), else null. The engine asks through {@link Suppressions#with}; a client of a
     * checking service asks itself, as the service does not take the baseline.
     */
    public synchronized String reason(Finding finding) {
        List<Entry> left = remaining.get(Fingerprints.key(finding));
        if (left == null || left.isEmpty()) {
            return null;
        }
        left.remove(left.size() - 1);
        return "in the baseline (" + file.getFileName() + ")";
    }

    /** The recorded findings this run did not find again: fixed since the baseline was written. */
    public synchronized List<Entry> fixed() {
        List<Entry> fixed = new ArrayList<>();
        remaining.values().forEach(fixed::addAll);
        fixed.sort((a, b) -> (a.file() + a.unit() + a.check()).compareTo(b.file() + b.unit() + b.check()));
        return fixed;
    }

    public Path file() {
        return file;
    }
}
