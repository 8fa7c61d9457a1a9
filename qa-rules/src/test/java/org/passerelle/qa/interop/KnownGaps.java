package org.passerelle.qa.interop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * known-gaps.txt: the assertions the reader still fails on some corpus file, one line each
 * ({@code file | assertion | why}). A listed assertion must still fail, so that a fix shows up as a
 * test failure asking for its line to be deleted.
 */
final class KnownGaps {
    /** @param line the line as written, to quote back when the gap is fixed */
    record Gap(String file, String assertion, String why, String line) {
    }

    private final Map<String, Gap> gaps = new LinkedHashMap<>();

    private KnownGaps() {
    }

    static KnownGaps load() {
        KnownGaps table = new KnownGaps();
        for (String line : InteropCorpus.resourceLines("known-gaps.txt")) {
            String[] cells = line.split("\\|", 3);
            if (cells.length != 3 || cells[2].isBlank()) {
                throw new IllegalStateException("known-gaps.txt: want 'file | assertion | why', got '" + line + "'");
            }
            Gap gap = new Gap(cells[0].strip(), cells[1].strip(), cells[2].strip(), line);
            if (table.gaps.put(key(gap.file(), gap.assertion()), gap) != null) {
                throw new IllegalStateException("known-gaps.txt: listed twice: " + line);
            }
        }
        return table;
    }

    List<Gap> all() {
        return List.copyOf(gaps.values());
    }

    /**
     * What is wrong with {@code outcome} given the table: an assertion that fails and is not listed,
     * or one that is listed and now passes. Empty when the file behaves as the table says.
     */
    List<String> problems(String file, Outcome outcome) {
        List<String> problems = new ArrayList<>();
        outcome.results().forEach((assertion, failure) -> {
            Gap gap = gaps.get(key(file, assertion));
            if (failure != null && gap == null) {
                problems.add(assertion + ": " + failure);
            } else if (failure == null && gap != null) {
                problems.add("gap fixed: '" + assertion + "' now passes on " + file
                        + "; delete its line from known-gaps.txt: " + gap.line());
            }
        });
        return problems;
    }

    private static String key(String file, String assertion) {
        return file + " | " + assertion;
    }
}
