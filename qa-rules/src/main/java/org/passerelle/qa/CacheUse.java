package org.passerelle.qa;

import org.passerelle.qa.languagetool.ProofStats;

/** What a run took from the QA cache: files whose findings were reused, and LanguageTool's part. */
public record CacheUse(int files, int filesReused, ProofStats languageTool) {

    /** "findings reused for 4 of 4 files; LanguageTool not started: all 51 texts answered from the cache". */
    public String line() {
        return "findings reused for " + filesReused + " of " + files + " file" + (files == 1 ? "" : "s") + "; "
                + languageTool.line();
    }
}
