package org.passerelle.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The check tables of the READMEs say what the definitions say, so the documentation cannot drift. */
class CheckTableTest {
    static final String HEADER = "| id | category | finds | default |";

    @Test
    void rootReadmeListsEveryCheckAsDefined() throws Exception {
        assertEquals(expected(), table(Path.of("../README.md"), "#### Checks"));
    }

    @Test
    void moduleReadmeListsEveryCheckAsDefined() throws Exception {
        assertEquals(expected(), table(Path.of("README.md"), "## Checks"));
    }

    @Test
    void definitionsAreUniqueAndOneLine() {
        Set<String> ids = new HashSet<>();
        for (CheckDefinition d : CheckRegistry.all()) {
            assertTrue(ids.add(d.id()), "two checks are called " + d.id());
            assertTrue(!d.description().contains("\n") && !d.description().contains("|"), d.id());
            d.parameters().forEach(p -> assertTrue(!p.description().contains("\n"), d.id() + "." + p.name()));
        }
    }

    static List<String> expected() {
        List<String> rows = new ArrayList<>(List.of(HEADER, "| --- | --- | --- | --- |"));
        for (CheckDefinition d : CheckRegistry.all()) {
            String severity = d.severity().id() + d.sourceSeverity().map(s -> " (source: " + s.id() + ")").orElse("");
            rows.add("| `" + d.id() + "` | " + d.category().id() + " | " + d.description() + " | " + severity + " |");
        }
        return rows;
    }

    /** The table right under {@code heading}, up to the first line that is not a table row. */
    private static List<String> table(Path readme, String heading) throws Exception {
        List<String> lines = Files.readAllLines(readme, StandardCharsets.UTF_8);
        int start = lines.indexOf(heading);
        assertTrue(start >= 0, readme + " has no " + heading + " section");
        List<String> rows = new ArrayList<>();
        for (int i = start + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("|")) {
                rows.add(line);
            } else if (!rows.isEmpty() || !line.isBlank()) {
                break;
            }
        }
        return rows;
    }
}
