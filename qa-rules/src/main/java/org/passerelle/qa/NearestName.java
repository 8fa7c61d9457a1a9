package org.passerelle.qa;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** The known name a typo was meant to be ("speling" → "spelling"), for "did you mean" in error messages. */
public final class NearestName {
    private NearestName() {
    }

    /** The closest of {@code known} within a third of the typed length (at least 2 edits), or empty. */
    public static Optional<String> to(String typed, Collection<String> known) {
        String wanted = typed.toLowerCase(Locale.ROOT);
        LevenshteinDistance distance = new LevenshteinDistance(Math.max(2, wanted.length() / 3));
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String name : known) {
            int d = distance.apply(wanted, name.toLowerCase(Locale.ROOT));
            if (d >= 0 && d < bestDistance) {
                best = name;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** "; did you mean 'spelling'?" or "" when nothing is close. */
    public static String hint(String typed, Collection<String> known) {
        return to(typed, known).map(n -> "; did you mean '" + n + "'?").orElse("");
    }
}
