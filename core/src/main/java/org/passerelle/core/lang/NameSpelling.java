package org.passerelle.core.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How a language spells foreign names, as rewrites to a common skeleton: French writes the Russian
 * "Шойгу" as "Choïgou" and English as "Shoigu", and both become "šoigu"; the same name copied with a
 * typo ("Sisoulit" for "Sisoulith") does not. Names are folded (lower case, no diacritics) before
 * the rewrites ("Beloussov" → "beloussov" → "belusov" with French's "ss" → "s" and "ou" → "u").
 *
 * @param rewrites pairs of spellings and what they become, applied in order (longest first where they
 *                 overlap); a spelling ending in {@code $} is rewritten only at the end of the name
 *                 (French "Poutine", English "Putin": {@code "ne$" → "n"})
 */
public record NameSpelling(List<String[]> rewrites) {
    /** No rewrites: a name is compared folded only. */
    public static final NameSpelling NONE = new NameSpelling(List.of());

    public NameSpelling {
        rewrites = List.copyOf(rewrites);
        for (String[] r : rewrites) {
            if (r.length != 2) {
                throw new IllegalArgumentException("a rewrite is a spelling and its skeleton, not " + r.length + " strings");
            }
        }
    }

    /** Rewrites from alternating spellings and skeletons: {@code of("tch", "č", "ch", "š")}. */
    public static NameSpelling of(String... pairs) {
        List<String[]> list = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            list.add(new String[] {pairs[i], pairs[i + 1]});
        }
        return new NameSpelling(list);
    }

    /** The skeleton of a name already folded (lower case, without diacritics): "choigou" → "šoigu". */
    public String skeleton(String folded) {
        String s = folded.toLowerCase(Locale.ROOT);
        for (String[] r : rewrites) {
            if (r[0].endsWith("$")) {
                String end = r[0].substring(0, r[0].length() - 1);
                s = s.endsWith(end) ? s.substring(0, s.length() - end.length()) + r[1] : s;
            } else {
                s = s.replace(r[0], r[1]);
            }
        }
        return s;
    }
}
