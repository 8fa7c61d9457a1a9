package org.passerelle.qa.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.passerelle.core.BlockRole;
import org.passerelle.qa.CheckContext;
import org.passerelle.qa.CheckDefinition;
import org.passerelle.qa.CheckMatch;
import org.passerelle.qa.CheckSettings;
import org.passerelle.qa.IssueType;
import org.passerelle.qa.Parameter;
import org.passerelle.qa.SegmentCheck;
import org.passerelle.qa.Severity;
import org.passerelle.qa.Side;
import org.passerelle.xliff.SegmentPair;
import org.passerelle.xliff.TranslationUnit;

/**
 * Parts of the source the translation leaves out, beyond what the length ratio shows: a sentence
 * of a segment that holds several (fewer sentences and much shorter), a parenthesis that names
 * something (an acronym: "(CNUDM)", "(ADMM+)"), in a caption any parenthesis ("(gauche)"), an
 * item of a list separated by semicolons. Merging two sentences into one, or dropping a "(Nord)"
 * from a sentence that says where anyway, keeps the length and the names, and passes.
 */
public final class OmissionCheck extends SegmentCheck {
    public static final CheckDefinition DEFINITION = CheckDefinition.of("omission", IssueType.OMISSION, Severity.ERROR,
            "A sentence of a multi-sentence segment, a parenthesised acronym (any parenthesis in a caption), or a"
                    + " semicolon-separated list item missing from the translation", OmissionCheck::new)
            .parameter(Parameter.decimal("max-ratio", "0.65", "a translation with fewer sentences than its source is"
                    + " reported when shorter than this share of the source's length"));
    /** A parenthesis naming something the translation must keep: no lower-case word in it. */
    private static final Pattern NAMING_PARENTHESIS = Pattern.compile("\\(([^()\\p{Ll}]*\\p{Lu}[^()\\p{Ll}]*)\\)");
    private static final Pattern PARENTHESIS = Pattern.compile("\\([^()]*\\)");

    private final double maxRatio;

    public OmissionCheck(CheckSettings settings) {
        super(DEFINITION);
        this.maxRatio = settings.decimal("max-ratio");
    }

    @Override
    protected void checkSegment(TranslationUnit unit, SegmentPair s, CheckContext context, List<CheckMatch> matches) {
        sentences(s, matches);
        parentheses(s, unit.role() == BlockRole.CAPTION, matches);
        listItems(s, matches);
    }

    private void sentences(SegmentPair s, List<CheckMatch> out) {
        int source = Sentences.of(s.source()).size();
        int target = Sentences.of(s.target()).size();
        double ratio = (double) s.target().strip().length() / s.source().strip().length();
        if (target < source && ratio < maxRatio) {
            out.add(new CheckMatch(s.id(), Side.TARGET, 0, 0, "The source has " + source + " sentences, the translation "
                    + target + " and is much shorter: translate the missing sentence", List.of()));
        }
    }

    /** In a caption every parenthesis counts: "(gauche)" says who is who in the photo. */
    private static void parentheses(SegmentPair s, boolean caption, List<CheckMatch> out) {
        List<String> wanted = groups(caption ? PARENTHESIS : NAMING_PARENTHESIS, s.source());
        List<String> kept = groups(PARENTHESIS, s.target());
        if (kept.size() < wanted.size()) {
            // Name one the translation does not have as it is; "(CNUDM)" may have become "(UNCLOS)".
            String missing = wanted.stream().filter(w -> !kept.contains(w)).findFirst().orElse(wanted.get(0));
            out.add(new CheckMatch(s.id(), Side.TARGET, 0, 0, "A parenthesis of the source is missing from the"
                    + " translation: keep " + missing + " or what it says", List.of()));
        }
    }

    private static List<String> groups(Pattern p, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static void listItems(SegmentPair s, List<CheckMatch> out) {
        int source = count(s.source(), ';');
        int target = count(s.target(), ';');
        // A translation that separates the items otherwise cannot be counted.
        if (target >= 2 && target < source) {
            out.add(new CheckMatch(s.id(), Side.TARGET, 0, 0, "The source lists " + (source + 1) + " items separated by"
                    + " ';', the translation " + (target + 1) + ": translate the missing item", List.of()));
        }
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(ch -> ch == c).count();
    }
}
