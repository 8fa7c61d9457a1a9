package org.passerelle.qa.checks;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import org.passerelle.core.lang.CountryNames;
import org.passerelle.qa.CheckContext;
import org.passerelle.qa.CheckDefinition;
import org.passerelle.qa.CheckMatch;
import org.passerelle.qa.IssueType;
import org.passerelle.qa.SegmentCheck;
import org.passerelle.qa.Severity;
import org.passerelle.qa.Side;
import org.passerelle.xliff.SegmentPair;
import org.passerelle.xliff.TranslationUnit;

/**
 * A country of the source replaced by another in the translation ("la délégation cambodgienne" as
 * "the Laotian delegation", "le Cambodge" as "Việt Nam"): the source names a country the
 * translation does not, and the translation one the source does not, or names one more often than
 * the source ("ont quitté Vientiane pour … au Cambodge" as "left Vientiane for … to Laos"). Either alone is no sign: a
 * translation may leave a country implicit ("le ministre vietnamien" as "the minister" in a
 * Vietnamese paper) or name one the source implies (an acronym spelt out, "PCV" as "Communist Party
 * of Vietnam"). Each language lists its countries by name, adjective and capital
 * ({@code LanguageSupport.countries}).
 */
public final class CountryMismatchCheck extends SegmentCheck {
    public static final CheckDefinition DEFINITION = CheckDefinition.of("country.mismatch", IssueType.MISTRANSLATION,
            Severity.WARNING, "A country of the source replaced by another in the translation (\"la délégation"
                    + " cambodgienne\" as \"the Laotian delegation\"): the source names one the translation does not,"
                    + " and the translation one the source does not or names more often", s -> new CountryMismatchCheck());

    public CountryMismatchCheck() {
        super(DEFINITION);
    }

    @Override
    protected boolean appliesTo(TranslationUnit unit, CheckContext context) {
        return !context.language(unit, Side.SOURCE).countries().isEmpty()
                && !context.language(unit, Side.TARGET).countries().isEmpty();
    }

    @Override
    protected void checkSegment(TranslationUnit unit, SegmentPair s, CheckContext context, List<CheckMatch> matches) {
        CountryNames sourceNames = context.language(unit, Side.SOURCE).countries();
        CountryNames targetNames = context.language(unit, Side.TARGET).countries();
        Set<String> inSource = sourceNames.in(s.source());
        Set<String> inTarget = targetNames.in(s.target());
        Set<String> dropped = new TreeSet<>(inSource);
        dropped.removeAll(inTarget);
        if (dropped.isEmpty()) {
            return;
        }
        String meant = sourceNames.first(dropped.iterator().next(), s.source()).group();
        Set<String> added = new TreeSet<>(inTarget);
        added.removeAll(inSource);
        if (!added.isEmpty()) {
            Matcher named = targetNames.first(added.iterator().next(), s.target());
            matches.add(match(s, named, "'" + named.group() + "' names a country the source does not, which names '" + meant
                    + "' instead: check which country is meant"));
            return;
        }
        for (String code : inTarget) {
            List<MatchResult> named = targetNames.all(code, s.target());
            if (named.size() > sourceNames.all(code, s.source()).size()) {
                MatchResult last = named.get(named.size() - 1);
                matches.add(match(s, last, "'" + last.group() + "' names a country more often than the source, which names '"
                        + meant + "' instead: check which country is meant"));
                return;
            }
        }
    }

    private static CheckMatch match(SegmentPair s, MatchResult named, String message) {
        return new CheckMatch(s.id(), Side.TARGET, named.start(), named.end() - named.start(), message, List.of());
    }
}
