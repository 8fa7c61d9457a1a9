package org.passerelle.qa.report;

import java.util.Map;

/** One-line descriptions of the built-in checks, for reports that list rules (SARIF, HTML). */
final class CheckDescriptions {
    private static final Map<String, String> TEXT = Map.ofEntries(
            Map.entry("target.empty", "Segment not translated, empty, or in state new / needs-translation"),
            Map.entry("term.required", "Termbase term in the source without its fixed equivalent in the target"),
            Map.entry("term.forbidden", "Deprecated or forbidden termbase term in the target"),
            Map.entry("number.mismatch", "Number, year, range or time of the source missing or changed in the target"),
            Map.entry("spelling", "Spelling (LanguageTool dictionaries), names excepted"),
            Map.entry("grammar", "Grammar and style (LanguageTool rules)"),
            Map.entry("tags.mismatch", "Inline codes missing, added or misordered"),
            Map.entry("target.same-as-source", "Translation identical to the source"),
            Map.entry("whitespace", "Doubled, leading or trailing whitespace"),
            Map.entry("punctuation", "Final punctuation, unpaired brackets and quotes, spacing before : ; ! ?"),
            Map.entry("words.repeated", "Word typed twice"),
            Map.entry("length", "Translation far longer or shorter than usual"),
            Map.entry("consistency.target", "Same source translated differently"),
            Map.entry("consistency.source", "Same translation for different sources"),
            Map.entry("vi.normalization", "Vietnamese text not in Unicode NFC"),
            Map.entry("vi.tone-placement", "Old and new Vietnamese tone-mark placement mixed"),
            Map.entry("vi.syllable", "Not a possible Vietnamese syllable"),
            Map.entry("vi.spelling", "Vietnamese spelling"));

    private CheckDescriptions() {
    }

    static String of(String checkId) {
        return TEXT.getOrDefault(checkId, checkId);
    }
}
