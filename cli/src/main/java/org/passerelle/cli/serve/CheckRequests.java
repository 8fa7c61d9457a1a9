package org.passerelle.cli.serve;

import java.util.List;

/** The JSON bodies the service accepts; unknown fields are refused, so a typo is a 400, not a silent default. */
final class CheckRequests {
    private CheckRequests() {
    }

    /**
     * {@code POST /v1/check}: one pair ({@code source}, {@code target}) or a batch ({@code units}),
     * in {@code sourceLang} → {@code targetLang}, with an optional termbase and profile (paths the
     * service may read; its own defaults otherwise).
     */
    record Units(String sourceLang, String targetLang, String id, String source, String target, List<Unit> units,
                 String termbase, String profile) {
    }

    record Unit(String id, String source, String target) {
    }

    /** {@code POST /v1/check-files}: XLIFF files and directories, as {@code qa} takes them. */
    record Files(List<String> paths, String termbase, String profile, String suppressions, String targetLang,
                 String report, List<String> formats) {
    }
}
