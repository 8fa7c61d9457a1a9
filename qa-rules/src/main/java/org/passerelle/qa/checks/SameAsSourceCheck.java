package org.passerelle.qa.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.passerelle.qa.Check;
import org.passerelle.qa.CheckContext;
import org.passerelle.qa.CheckMatch;
import org.passerelle.qa.CheckSettings;
import org.passerelle.qa.Side;
import org.passerelle.xliff.SegmentPair;
import org.passerelle.xliff.TranslationUnit;

/**
 * A translation identical to its source, the sign of a segment copied and never translated.
 * Segments made only of names, acronyms, numbers and codes ("Hanoi (VNA) –", "ASEAN", "-VNA")
 * rightly stay the same and are ignored: only sources with enough lower-case words count.
 */
public final class SameAsSourceCheck implements Check {
    public static final String ID = "target.same-as-source";
    private static final Pattern LOWER_WORD = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Ll}[\\p{L}\\p{M}'’-]+");

    private final int minWords;

    public SameAsSourceCheck(CheckSettings settings) {
        this.minWords = settings.integer("min-words");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<CheckMatch> check(TranslationUnit unit, CheckContext context) {
        List<CheckMatch> matches = new ArrayList<>();
        for (SegmentPair s : unit.segments()) {
            if (s.hasTarget() && !s.target().isBlank() && normalise(s.source()).equals(normalise(s.target()))
                    && lowerCaseWords(s.source()) >= minWords) {
                matches.add(new CheckMatch(s.id(), Side.TARGET, 0, s.target().length(),
                        "The translation is the same as the source: translate it", List.of()));
            }
        }
        return matches;
    }

    private static String normalise(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    private static int lowerCaseWords(String s) {
        int n = 0;
        Matcher m = LOWER_WORD.matcher(s);
        while (m.find()) {
            n++;
        }
        return n;
    }
}
