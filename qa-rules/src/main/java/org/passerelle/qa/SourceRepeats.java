package org.passerelle.qa;

import java.util.HashSet;
import java.util.Set;
import org.passerelle.xliff.SegmentPair;
import org.passerelle.xliff.TranslationUnit;

/**
 * Findings on a source text that the run already reported: the French copy is one text whatever
 * the target languages, so a typo in it is reported once, for the first file that has it, not
 * again for the .en and the .vi file (or for a paragraph two articles share).
 */
final class SourceRepeats {
    private final Set<String> seen = new HashSet<>();

    /** True when {@code f}, on the source, was already reported for the same text. */
    boolean repeated(TranslationUnit unit, Finding f) {
        if (f.side() != Side.SOURCE) {
            return false;
        }
        String text = unit.segments().stream().filter(s -> s.id().equals(f.segment())).map(SegmentPair::source)
                .findFirst().orElse(unit.sourceText());
        return !seen.add(f.check() + '\u0000' + f.offset() + '\u0000' + f.message() + '\u0000' + text);
    }
}
