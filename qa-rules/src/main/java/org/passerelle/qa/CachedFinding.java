package org.passerelle.qa;

import java.util.List;

/**
 * A unit's finding as the QA cache keeps it: without the file (the cache entry is the file's) and
 * without the suppression, which is applied again when it is restored (the suppressions file may
 * have changed).
 */
record CachedFinding(String unit, String segment, Side side, String lang, String check, Severity severity,
                     String message, int offset, int length, List<String> suggestions) {

    static CachedFinding of(Finding f) {
        return new CachedFinding(f.unit(), f.segment(), f.side(), f.lang(), f.check(), f.severity(), f.message(),
                f.offset(), f.length(), f.suggestions());
    }

    Finding in(String file, String suppressed) {
        return new Finding(file, unit, segment, side, lang, check, severity, message, offset, length, suggestions,
                suppressed);
    }
}
