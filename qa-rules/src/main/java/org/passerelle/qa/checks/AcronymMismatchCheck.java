package org.passerelle.qa.checks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.passerelle.core.lang.AcronymEquivalents;
import org.passerelle.core.lang.LanguageSupport;
import org.passerelle.glossary.TermHit;
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
 * An acronym of the source changed in the translation ("APEC" as "APAC", "ASEAN" as "ASEM"). The
 * translation may keep an acronym, write its equivalent from the termbase ("CNUDM" as "UNCLOS",
 * "VNA" as "TTXVN" in Vietnamese), from the target language's list
 * ({@code LanguageSupport.acronymEquivalents}: "OTAN" is "NATO" in English, "VNA" is "TTXVN" only
 * in Vietnamese) or from the profile's {@code equivalents}, or reorder its
 * letters as the other language orders the words ("PCC" as "CPC"); an acronym of the translation
 * that none of these explains, where one of the source's is unexplained, is reported.
 */
public final class AcronymMismatchCheck extends SegmentCheck {
    public static final CheckDefinition DEFINITION = CheckDefinition.of("acronym.mismatch",
            IssueType.INCONSISTENT_ENTITIES, Severity.ERROR, "An acronym of the source changed in the translation"
                    + " (\"APEC\" as \"APAC\"), or kept where the target language has its own (\"OMS\" in English for"
                    + " WHO); the target language's equivalents (termbase, language list, profile)"
                    + " and reordered letters pass",
            AcronymMismatchCheck::new)
            .parameter(Parameter.list("equivalents", "", "more source=translation pairs of acronyms that may differ"
                    + " between the languages, beyond the termbase and the target language's list; a pair for one"
                    + " target language only starts with its code (\"vi:VNA=TTXVN\")"));
    private static final Pattern ACRONYM = Pattern.compile(
            "(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{Lu}\\p{N}&]*\\p{Lu}\\+?(?![\\p{L}\\p{N}])");

    /** The profile's pairs for every target language (key "") and for one ("vi"). */
    private final Map<String, AcronymEquivalents> profile = new HashMap<>();

    public AcronymMismatchCheck(CheckSettings settings) {
        super(DEFINITION);
        for (String pair : settings.string("equivalents").split(",")) {
            int colon = pair.indexOf(':');
            String language = colon > 0 ? pair.substring(0, colon).strip().toLowerCase(Locale.ROOT) : "";
            profile.merge(language, AcronymEquivalents.parse(pair.substring(colon + 1)), AcronymEquivalents::and);
        }
    }

    /** The target language's list for the source language, with the profile's pairs for it. */
    private AcronymEquivalents equivalents(LanguageSupport source, LanguageSupport target) {
        return target.acronymEquivalents(source.language())
                .and(profile.getOrDefault("", AcronymEquivalents.NONE))
                .and(profile.getOrDefault(target.language(), AcronymEquivalents.NONE));
    }

    @Override
    protected void checkSegment(TranslationUnit unit, SegmentPair s, CheckContext context, List<CheckMatch> matches) {
        if (allCapitals(s.source()) || allCapitals(s.target())) {
            return;
        }
        LanguageSupport targetLanguage = context.language(unit, Side.TARGET);
        AcronymEquivalents equivalents = equivalents(context.language(unit, Side.SOURCE), targetLanguage);
        List<String[]> source = acronyms(s.source());
        List<String[]> target = acronyms(s.target());
        List<TermHit> sourceHits = context.termMatcher(unit.sourceLanguage()).map(m -> m.find(s.source())).orElse(List.of());
        Set<String> named = namedInTarget(unit, s, sourceHits, context);
        // The termbase's equivalents: the terms its concepts give in the target language ("UNCLOS" for "CNUDM").
        Set<String> allowed = new HashSet<>();
        sourceHits.forEach(h -> h.concept().allowed(unit.targetLanguage()).forEach(t -> allowed.add(t.text())));
        List<String> unexplainedSource = new ArrayList<>();
        List<String> unwritten = new ArrayList<>();
        for (String[] a : source) {
            if (mentions(target, a[0])) {
                keptUntranslated(s, a[0], target, equivalents, allowed, targetLanguage, matches);
                continue;
            }
            if ( equivalents.of(a[0]).stream().anyMatch(e -> mentions(target, e) || s.target().contains(e))) {
                continue;
            }
            (named.contains(a[0]) ? unwritten : unexplainedSource).add(a[0]);
        }
        for (String[] b : target) {
            if (mentions(source, b[0]) || allowed.contains(b[0]) || RomanNumeral.value(b[0]) > 0
                    || source.stream().anyMatch(a -> equivalents.of(a[0]).contains(b[0]))) {
                continue;
            }
            // An acronym the translation names by its full form may still be miswritten beside it ("ADMM" for "ADMM+").
            String changed = unexplainedSource.stream().filter(a -> !reordered(a, b[0]) && similar(a, b[0]))
                    .findFirst().orElse(unwritten.stream().filter(a -> EditDistance.of(a, b[0]) == 1).findFirst().orElse(null));
            boolean anyReordered = unexplainedSource.stream().anyMatch(a -> reordered(a, b[0]));
            if (changed == null) {
                changed = miswrittenEquivalent(b[0], unexplainedSource, unwritten, equivalents);
            }
            if (changed != null && !anyReordered) {
                int at = Integer.parseInt(b[1]);
                matches.add(new CheckMatch(s.id(), Side.TARGET, at, b[0].length(), "'" + b[0] + "' does not match the"
                        + " acronym '" + changed + "' of the source; write it or its equivalent", List.of(changed)));
                unexplainedSource.remove(changed);
                unwritten.remove(changed);
            }
        }
    }

    /**
     * A source acronym the translation keeps as it is although its language writes it otherwise
     * ("OMS" left in English, which writes "WHO"): the target language's list or the profile gives
     * equivalents, none of them is the acronym itself, the termbase does not allow it in the target,
     * and the translation does not give an equivalent beside it ("the CNUDM (UNCLOS)").
     */
    private static void keptUntranslated(SegmentPair s, String acronym, List<String[]> target,
                                         AcronymEquivalents equivalents, Set<String> allowed, LanguageSupport language,
                                         List<CheckMatch> out) {
        Set<String> own = equivalents.of(acronym);
        if (own.isEmpty() || own.contains(acronym) || allowed.contains(acronym)
                || own.stream().anyMatch(e -> mentions(target, e) || s.target().contains(e))) {
            return;
        }
        List<String> write = own.stream().sorted().toList();
        String[] at = target.stream().filter(t -> t[0].equals(acronym)).findFirst().orElseThrow();
        out.add(new CheckMatch(s.id(), Side.TARGET, Integer.parseInt(at[1]), acronym.length(), "'" + acronym
                + "' is the source language's acronym; " + language.name() + " writes '" + String.join("' or '", write)
                + "'", write));
    }

    /**
     * The source acronym whose equivalent the translation miswrites: "PPC" is "CPP" in English, and
     * "CCP" beside "Cambodian People's Party" is that equivalent misremembered (the Chinese party's),
     * even when the full name is there. Its letters reordered are no excuse here: the equivalent is
     * known, and only it is right.
     */
    private static String miswrittenEquivalent(String written, List<String> unexplained, List<String> unwritten,
                                               AcronymEquivalents equivalents) {
        List<String> candidates = new ArrayList<>(unexplained);
        candidates.addAll(unwritten);
        return candidates.stream()
                .filter(a -> equivalents.of(a).stream().anyMatch(e -> !e.equals(written) && similar(e, written)))
                .findFirst().orElse(null);
    }

    /** The source's terms (acronyms among them) whose concept the translation names, by any of its allowed terms. */
    private static Set<String> namedInTarget(TranslationUnit unit, SegmentPair s, List<TermHit> sourceHits,
                                             CheckContext context) {
        Set<String> targetConcepts = new HashSet<>();
        context.termMatcher(unit.targetLanguage()).ifPresent(m -> m.find(s.target()).stream()
                .filter(h -> !h.term().status().forbidden()).forEach(h -> targetConcepts.add(h.concept().id())));
        Set<String> named = new HashSet<>();
        for (TermHit h : sourceHits) {
            if (targetConcepts.contains(h.concept().id())) {
                named.add(h.matchedText(s.source()));
            }
        }
        return named;
    }

    /** Acronyms with their offsets: "ADMM+", "QĐND", "COVID". */
    private static List<String[]> acronyms(String text) {
        List<String[]> found = new ArrayList<>();
        Matcher m = ACRONYM.matcher(Verbatim.blanked(text));
        while (m.find()) {
            found.add(new String[] {m.group(), String.valueOf(m.start())});
        }
        return found;
    }

    private static boolean mentions(List<String[]> acronyms, String acronym) {
        return acronyms.stream().anyMatch(a -> a[0].equals(acronym));
    }

    /** The same letters in another order: the other language orders the words another way. */
    private static boolean reordered(String a, String b) {
        char[] x = a.toCharArray();
        char[] y = b.toCharArray();
        Arrays.sort(x);
        Arrays.sort(y);
        return Arrays.equals(x, y);
    }

    /** Close enough to be the same acronym mistyped or misremembered: "APEC"/"APAC", "PCV"/"CPC", not "PCV"/"USD". */
    private static boolean similar(String a, String b) {
        int longer = Math.max(a.length(), b.length());
        return EditDistance.of(a, b) <= Math.max(1, (2 * longer + 2) / 3) && EditDistance.of(a, b) < longer;
    }

    private static boolean allCapitals(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        return letters > 6 && text.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }
}
