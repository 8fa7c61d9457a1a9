package org.passerelle.qa;

import java.util.ArrayList;
import java.util.List;
import org.passerelle.xliff.TranslationUnit;

/**
 * Checks of a whole file rather than of a unit: the engine makes their findings while it reads the
 * files (unit "-"), so that one bad file is one finding and the others are still checked. As unit
 * checks they find nothing; they are checks so that the profile sets their severity and every
 * report describes them.
 */
public final class FileCheck implements Check {
    /** The unit and segment of a finding about a whole file. */
    public static final String WHOLE_FILE = "-";

    public static final CheckDefinition UNREADABLE = CheckDefinition.of("xliff.unreadable", IssueType.NON_CONFORMANCE,
            Severity.ERROR, "A file that is not readable, valid XLIFF: one finding with line and column, the other"
                    + " files are still checked, and qa exits 2", s -> new FileCheck("xliff.unreadable"));

    public static final CheckDefinition TARGET_LANGUAGE = CheckDefinition.of("xliff.target-language",
            IssueType.LOCALE_VIOLATION, Severity.WARNING, "A file without a target language: its translations are"
                    + " checked without language-specific rules (give qa --target-lang)",
            s -> new FileCheck("xliff.target-language"));

    public static final CheckDefinition DUPLICATE_ID = CheckDefinition.of("xliff.duplicate-id",
            IssueType.NON_CONFORMANCE, Severity.WARNING, "A <file> that gives two units the same id: publish and"
                    + " re-prepare find a unit's translation by its id", s -> new FileCheck("xliff.duplicate-id"));

    private final String id;

    /** {@code checks} with the file checks first when they are not in it (a run of one check still reports bad files). */
    static List<CheckDefinition> withFileChecks(List<CheckDefinition> checks) {
        List<CheckDefinition> all = new ArrayList<>();
        for (CheckDefinition d : List.of(UNREADABLE, TARGET_LANGUAGE, DUPLICATE_ID)) {
            if (checks.stream().noneMatch(c -> c.id().equals(d.id()))) {
                all.add(d);
            }
        }
        all.addAll(checks);
        return all;
    }

    private FileCheck(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public List<CheckMatch> check(TranslationUnit unit, CheckContext context) {
        return List.of();
    }
}
