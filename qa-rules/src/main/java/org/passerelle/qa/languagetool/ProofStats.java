package org.passerelle.qa.languagetool;

import java.util.Map;
import java.util.TreeMap;

/**
 * What a run asked of LanguageTool: the texts it had to check, per LanguageTool code, and those its
 * cache answered. No text checked means LanguageTool was not started.
 */
public record ProofStats(Map<String, Integer> checkedByLanguage, int reused) {
    public ProofStats {
        checkedByLanguage = Map.copyOf(checkedByLanguage);
    }

    public int checked() {
        return checkedByLanguage.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** "LanguageTool not started: all 120 texts reused from the cache", "LanguageTool checked 3 new texts (en-GB 3); 117 reused". */
    public String line() {
        if (checked() == 0) {
            return "LanguageTool not started" + (reused == 0 ? "" : ": all " + reused + " texts answered from the cache");
        }
        StringBuilder by = new StringBuilder();
        new TreeMap<>(checkedByLanguage).forEach((code, n) -> by.append(by.length() == 0 ? "" : ", ")
                .append(code).append(' ').append(n));
        return "LanguageTool checked " + checked() + " new text" + (checked() == 1 ? "" : "s") + " (" + by + "); "
                + reused + " answered from the cache";
    }
}
