package org.passerelle.core.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a language spells foreign names, as rewrites to a common skeleton: French writes the Russian
 * "Шойгу" as "Choïgou" and English as "Shoigu", and both become "šoigu"; the same name copied with a
 * typo ("Sisoulit" for "Sisoulith") does not. Names are folded (lower case, no diacritics) before
 * the rewrites ("Beloussov" → "beloussov" → "belusov" with French's "ss" → "s" and "ou" → "u").
 *
 * <p>Some rewrites belong to one source of names only: French "ou" is English "u" in names from
 * Russian ("Choïgou", "Beloussov") but not in names from Lao, Khmer or Thai, which English writes as
 * French does ("Thongloun Sisoulith"). Those rewrites wait for a sign of that source in the name as
 * written ({@link #whenTranscribed}).
 *
 * @param rewrites    pairs of spellings and what they become, applied in order (longest first where they
 *                    overlap); a spelling ending in {@code $} is rewritten only at the end of the name
 *                    (French "Poutine", English "Putin": {@code "ne$" → "n"})
 * @param transcribed rewrites applied after those, only to a name in which {@code signs} finds something
 * @param signs       what shows, in a name as written (diacritics and case kept), that it is transcribed
 */
public record NameSpelling(List<String[]> rewrites, List<String[]> transcribed, Pattern signs) {
    private static final Pattern NO_SIGN = Pattern.compile("(?!)");

    /** No rewrites: a name is compared folded only. */
    public static final NameSpelling NONE = new NameSpelling(List.of());

    public NameSpelling {
        rewrites = checked(rewrites);
        transcribed = checked(transcribed);
    }

    public NameSpelling(List<String[]> rewrites) {
        this(rewrites, List.of(), NO_SIGN);
    }

    private static List<String[]> checked(List<String[]> rewrites) {
        for (String[] r : rewrites) {
            if (r.length != 2) {
                throw new IllegalArgumentException("a rewrite is a spelling and its skeleton, not " + r.length + " strings");
            }
        }
        return List.copyOf(rewrites);
    }

    /** Rewrites from alternating spellings and skeletons: {@code of("tch", "č", "ch", "š")}. */
    public static NameSpelling of(String... pairs) {
        return new NameSpelling(pairs(pairs));
    }

    /**
     * These rewrites plus {@code pairs}, which apply only to names in which {@code signs} finds
     * something in the name as written, diacritics kept ("ï" of "Choïgou").
     */
    public NameSpelling whenTranscribed(Pattern signs, String... pairs) {
        return new NameSpelling(rewrites, pairs(pairs), signs);
    }

    private static List<String[]> pairs(String... pairs) {
        List<String[]> list = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            list.add(new String[] {pairs[i], pairs[i + 1]});
        }
        return list;
    }

    /** The skeleton of a name already folded (lower case, without diacritics): "sisoulith" → "sisoulith". */
    public String skeleton(String folded) {
        return rewrite(folded.toLowerCase(Locale.ROOT), rewrites);
    }

    /**
     * The skeleton of a name, {@code written} as the text has it and {@code folded}: "Choïgou",
     * "choigou" → "šoigu"; a name without a sign of transcription gets only the common rewrites.
     */
    public String skeleton(String written, String folded) {
        String s = skeleton(folded);
        return signs.matcher(written).find() ? rewrite(s, transcribed) : s;
    }

    /** The skeleton of a folded name as if it showed a sign of transcription: every rewrite applied. */
    public String transcribed(String folded) {
        return rewrite(skeleton(folded), transcribed);
    }

    private static String rewrite(String name, List<String[]> rewrites) {
        String s = name;
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
