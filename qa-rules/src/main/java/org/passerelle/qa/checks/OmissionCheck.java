package org.passerelle.qa.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.passerelle.core.BlockRole;
import org.passerelle.core.lang.LanguageSupport;
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
 * something (an acronym: "(CNUDM)", "(ADMM+)"), in a caption any parenthesis ("(gauche)"), one of
 * ordinary words ("(Nord)") whose words the translation does not carry over, an item of a list
 * separated by semicolons or by commas and a conjunction ({@link CommaLists}), a second verb joined to
 * the subject ({@code LanguageSupport.joinedPredicate}). Merging two
 * sentences into one, moving "(Nord)" into the sentence ("the northern province") or pairing two
 * list items ("defence and security") keeps the length and the items, and passes.
 */
public final class OmissionCheck extends SegmentCheck {
    public static final CheckDefinition DEFINITION = CheckDefinition.of("omission", IssueType.OMISSION, Severity.ERROR,
            "A sentence of a multi-sentence segment, a parenthesis, an item of a list (\"X, Y, Z et W\", \"X, Y"
                    + " et Z\" in a much shorter translation, or separated by semicolons), or a second verb joined by"
                    + " \"et\" (\"… et souhaitait les renforcer\", in a much shorter translation with fewer conjunctions)"
                    + " missing from the translation", OmissionCheck::new)
            .parameter(Parameter.decimal("max-ratio", "0.8", "a translation with fewer sentences than its source is"
                    + " reported when shorter than this share of the usual length for its language pair (French into"
                    + " English: 0.9 of the source's length, into Vietnamese: 0.8)"))
            .parameter(Parameter.decimal("moved-ratio", "0.9", "a body sentence's parenthesis of ordinary words"
                    + " (\"(Nord)\") missing from the translation is reported when the translation is shorter than this"
                    + " share of the source without it (longer, it says what the parenthesis said)"))
            .parameter(Parameter.decimal("list-ratio", "0.7", "a source list of three items (\"X, Y et Z\") whose"
                    + " translation lists fewer is reported when the translation is shorter than this share of the"
                    + " source's length (without the third item, \"X and Z\" is no list to count)"));
    /** A parenthesis naming something the translation must keep: no lower-case word in it. */
    private static final Pattern NAMING_PARENTHESIS = Pattern.compile("\\(([^()\\p{Ll}]*\\p{Lu}[^()\\p{Ll}]*)\\)");
    private static final Pattern PARENTHESIS = Pattern.compile("\\([^()]*\\)");
    /**
     * The least share of the source a parenthesis of ordinary words must have for its absence to
     * show in the length: a "(Nord)" at the end of a long sentence changes it less than two
     * translations of the sentence differ, so only the length ratio would speak there.
     */
    private static final double MEASURABLE_SHARE = 0.05;
    /** The capitalised words right before a parenthesis: the name it glosses ("Quang Ninh (Nord)"). */
    private static final Pattern NAME_BEFORE = Pattern.compile("((?:\\p{Lu}[\\p{L}\\p{M}'’-]*\\s+){0,3}\\p{Lu}[\\p{L}\\p{M}'’-]*)\\s*$");

    private final double maxRatio;
    private final double movedRatio;
    private final double listRatio;

    public OmissionCheck(CheckSettings settings) {
        super(DEFINITION);
        this.maxRatio = settings.decimal("max-ratio");
        this.movedRatio = settings.decimal("moved-ratio");
        this.listRatio = settings.decimal("list-ratio");
    }

    @Override
    protected void checkSegment(TranslationUnit unit, SegmentPair s, CheckContext context, List<CheckMatch> matches) {
        double usual = RunRatios.typical(RunRatios.pair(unit));
        LanguageSupport source = context.language(unit, Side.SOURCE);
        LanguageSupport target = context.language(unit, Side.TARGET);
        sentences(s, usual, matches);
        parentheses(s, unit.role() == BlockRole.CAPTION, matches);
        listItems(s, target, matches);
        commaListItems(s, source, target, matches);
        joinedPredicate(s, usual, source, target, matches);
    }

    /**
     * A second verb the source joins to its subject ("… attachait une grande importance aux relations et
     * souhaitait les renforcer") that the translation drops: it has fewer of its language's conjunctions than the source,
     * as many sentences as the source (a second sentence may carry the verb; with fewer, a sentence is
     * missing), and is much shorter ({@code max-ratio}).
     */
    private void joinedPredicate(SegmentPair s, double usual, LanguageSupport source, LanguageSupport target,
                                 List<CheckMatch> out) {
        Matcher joined = source.joinedPredicate().map(p -> p.matcher(s.source())).orElse(null);
        if (joined == null || target.listConjunctions().isEmpty() || !joined.find()) {
            return;
        }
        // fewer conjunctions than the source: the one that joined the verb went with it ("combattu ou travaillé"
        // keeps its "hoặc" in a translation that dropped "et offert des cadeaux")
        boolean fewer = CommaLists.conjunctionsIn(s.target(), target.listConjunctions())
                < CommaLists.conjunctionsIn(s.source(), source.listConjunctions());
        double ratio = (double) s.target().strip().length() / s.source().strip().length();
        if (fewer && Sentences.of(s.target()).size() == Sentences.of(s.source()).size() && ratio < maxRatio * usual) {
            out.add(new CheckMatch(s.id(), Side.TARGET, 0, 0, "The source joins a second verb ('" + joined.group()
                    + "'), the translation has fewer conjunctions and is much shorter: translate the missing clause", List.of()));
        }
    }

    /**
     * A list of four items or more whose translation, also a list, has fewer, even counting every
     * conjunction in it as a separator ("defence and security, the economy" keeps four items).
     * Without its third item a list of three is no list ("X and Z"), and what looks like one may be
     * none ("pacifique, stable et propice" as "a peaceful, stable environment conducive to"): it is
     * reported only when the translation is also much shorter than the source ({@code list-ratio})
     * and has fewer commas than the list needs to separate its items.
     */
    private void commaListItems(SegmentPair s, LanguageSupport source, LanguageSupport target,
                                List<CheckMatch> out) {
        if (source.listConjunctions().isEmpty() || target.listConjunctions().isEmpty()) {
            return;
        }
        int longest = CommaLists.items(s.source(), source.listConjunctions(), source.serialComma(), false).stream()
                .max(Integer::compare).orElse(0);
        List<Integer> translated = CommaLists.items(s.target(), target.listConjunctions(), true);
        int kept = translated.stream().max(Integer::compare).orElse(0);
        boolean listed = longest >= 4 && !translated.isEmpty();
        // A translation that still separates the items with commas lists them without a conjunction
        // (a headline's "Vietnam, Laos, Cambodia boost ties").
        boolean shorter = longest >= 3 && s.target().strip().length() < listRatio * s.source().strip().length()
                && count(s.target(), ',') < longest - 1;
        if ((listed || shorter) && kept < longest || listed && kept < joinedItems(s, source, target)) {
            out.add(new CheckMatch(s.id(), Side.TARGET, 0, 0, "The source lists " + longest + " items, the translation "
                    + (kept >= 2 && kept < longest ? String.valueOf(kept) : "fewer") + ": translate the missing item", List.of()));
        }
    }

    /**
     * The source's most items counted as the translation is, "la recherche et le sauvetage" as two, where
     * the translation joins an item inside too ("search and rescue, and humanitarian aid"); 0 where it
     * does not (Vietnamese says "tìm kiếm cứu nạn" in one).
     */
    private static int joinedItems(SegmentPair s, LanguageSupport source, LanguageSupport target) {
        if (CommaLists.conjunctionsIn(s.target(), target.listConjunctions()) < 2) {
            return 0;
        }
        return CommaLists.itemsWithInnerConjunctions(s.source(), source.listConjunctions(), source.serialComma()).stream()
                .max(Integer::compare).orElse(0);
    }

    /** Merged sentences keep the usual length; a dropped one takes its share of it. */
    private void sentences(SegmentPair s, double usual, List<CheckMatch> out) {
        int source = Sentences.of(s.source()).size();
        int target = Sentences.of(s.target()).size();
        double ratio = (double) s.target().strip().length() / s.source().strip().length();
        if (target < source && ratio < maxRatio * usual) {
            out.add(new CheckMatch(s.id(), Side.TARGET, 0, 0, "The source has " + source + " sentences, the translation "
                    + target + " and is much shorter: translate the missing sentence", List.of()));
        }
    }

    /**
     * In a caption every parenthesis counts: "(gauche)" says who is who in the photo. In a body
     * sentence a parenthesis that names something ("(CNUDM)") must stay; one of ordinary words
     * ("(Nord)", "(photo d'illustration)") may have moved into the sentence ("the northern province"),
     * which then keeps about the source's length, so it is reported only when the translation is
     * shorter than {@code moved-ratio} of the source without it, and only in a sentence short enough
     * for that to tell ({@link #MEASURABLE_SHARE}).
     */
    private void parentheses(SegmentPair s, boolean caption, List<CheckMatch> out) {
        List<String> all = groups(PARENTHESIS, s.source());
        List<String> wanted = caption ? all : groups(NAMING_PARENTHESIS, s.source());
        List<String> kept = groups(PARENTHESIS, s.target());
        if (kept.size() < wanted.size()) {
            // Name one the translation does not have as it is; "(CNUDM)" may have become "(UNCLOS)".
            out.add(missingParenthesis(s, wanted.stream().filter(w -> !kept.contains(w)).findFirst().orElse(wanted.get(0))));
            return;
        }
        List<String> ordinary = all.stream().filter(p -> !wanted.contains(p) && p.codePoints().anyMatch(Character::isLetter))
                .toList();
        if (kept.size() < wanted.size() + ordinary.size()) {
            String dropped = ordinary.stream().filter(o -> !kept.contains(o)).findFirst().orElse(ordinary.get(0));
            double without = s.source().strip().length() - dropped.length();
            boolean measurable = dropped.length() >= MEASURABLE_SHARE * s.source().strip().length();
            if (measurable && s.target().strip().length() < movedRatio * without && !glossOnOwnName(s, dropped)) {
                out.add(missingParenthesis(s, dropped));
            }
        }
    }

    /**
     * A gloss for foreign readers on a name that the translation writes in its own spelling, with
     * diacritics the source leaves out ("la province de Quang Ninh (Nord)" as "tỉnh Quảng Ninh"):
     * the name is of the translation's language, and its readers need no gloss on it.
     */
    private static boolean glossOnOwnName(SegmentPair s, String parenthesis) {
        Matcher name = NAME_BEFORE.matcher(s.source().substring(0, Math.max(0, s.source().indexOf(parenthesis))));
        if (!name.find()) {
            return false;
        }
        String written = name.group(1).strip();
        String folded = WordFolding.fold(written);
        // Precomposed (NFC) letters keep the length: "Quảng" is as long as "Quang".
        String target = s.target();
        for (int i = 0; i + written.length() <= target.length(); i++) {
            String piece = target.substring(i, i + written.length());
            if (WordFolding.fold(piece).equals(folded) && !piece.equals(written)) {
                return true;
            }
        }
        return false;
    }

    private static CheckMatch missingParenthesis(SegmentPair s, String missing) {
        return new CheckMatch(s.id(), Side.TARGET, 0, 0, "A parenthesis of the source is missing from the"
                + " translation: keep " + missing + " or what it says", List.of());
    }

    private static List<String> groups(Pattern p, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private void listItems(SegmentPair s, LanguageSupport target, List<CheckMatch> out) {
        int source = count(s.source(), ';');
        if (source < 2) {
            return;
        }
        // One that keeps a semicolon of a list of three or more still lists them so; one that separates
        // the items otherwise is counted by its commas and conjunctions, when it is also much shorter.
        int kept = count(s.target(), ';');
        if (kept == 0) {
            if (s.target().strip().length() >= listRatio * s.source().strip().length()) {
                return;
            }
            kept = count(s.target(), ',') + CommaLists.conjunctionsIn(s.target(), target.listConjunctions());
        }
        if (kept < source) {
            out.add(new CheckMatch(s.id(), Side.TARGET, 0, 0, "The source lists " + (source + 1) + " items separated by"
                    + " ';', the translation " + (kept + 1) + ": translate the missing item", List.of()));
        }
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(ch -> ch == c).count();
    }
}
