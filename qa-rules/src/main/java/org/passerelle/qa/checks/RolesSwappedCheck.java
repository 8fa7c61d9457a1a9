package org.passerelle.qa.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import org.passerelle.core.lang.CountryNames;
import org.passerelle.core.lang.LanguageSupport;
import org.passerelle.core.lang.RoleVerbs;
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
 * Who did what to whom turned round: "Le général Phan Van Giang a reçu l'ambassadeur de Russie" as
 * "The Russian ambassador received General Phan Van Giang". French, English and Vietnamese put the
 * subject before the verb and the object after it, so the name or country nearest before the
 * source's verb ({@code LanguageSupport.roleVerbs}: received, welcomed, gave to, thanked …) and the
 * first after it keep their sides of the translation's verb. Reported only when the translation
 * has both, each only on the other side, and neither verb is passive ("was received by", "được …
 * tiếp"); a name the translation spells otherwise ("Guennadi" as "Gennady") leaves it silent.
 */
public final class RolesSwappedCheck extends SegmentCheck {
    public static final CheckDefinition DEFINITION = CheckDefinition.of("roles.swapped", IssueType.MISTRANSLATION,
            Severity.WARNING, "Who received, welcomed, thanked or gave to whom turned round (\"X a reçu Y\" as \"Y received"
                    + " X\"): the name or country before the source's verb only after the translation's, the one after it only"
                    + " before; passives (\"was received by\") pass", s -> new RolesSwappedCheck());

    public RolesSwappedCheck() {
        super(DEFINITION);
    }

    @Override
    protected boolean appliesTo(TranslationUnit unit, CheckContext context) {
        return context.language(unit, Side.SOURCE).roleVerbs().isPresent()
                && context.language(unit, Side.TARGET).roleVerbs().isPresent();
    }

    @Override
    protected void checkSegment(TranslationUnit unit, SegmentPair s, CheckContext context, List<CheckMatch> matches) {
        LanguageSupport source = context.language(unit, Side.SOURCE);
        LanguageSupport target = context.language(unit, Side.TARGET);
        Matcher verb = active(source.roleVerbs().get(), s.source());
        Matcher translated = active(target.roleVerbs().get(), s.target());
        if (verb == null || translated == null) {
            return;
        }
        List<Entity> entities = Entity.in(s.source(), source.countries());
        Entity subject = entities.stream().filter(e -> e.end() <= verb.start()).reduce((a, b) -> b).orElse(null);
        Entity object = entities.stream().filter(e -> e.start() >= verb.end()).findFirst().orElse(null);
        if (subject == null || object == null || subject.sameAs(object)) {
            return;
        }
        List<Integer> subjectAt = subject.placesIn(s.target(), target.countries());
        List<Integer> objectAt = object.placesIn(s.target(), target.countries());
        int at = translated.start();
        if (!subjectAt.isEmpty() && !objectAt.isEmpty() && subjectAt.stream().allMatch(p -> p > at)
                && objectAt.stream().allMatch(p -> p < at)) {
            matches.add(new CheckMatch(s.id(), Side.TARGET, at, translated.end() - at, "'" + subject.text() + "' comes before '"
                    + verb.group() + "' in the source and '" + object.text() + "' after it; the translation has them the other way"
                    + " round: check who did what to whom", List.of()));
        }
    }

    /** The first of the verbs in {@code text} if it is not passive, else null. */
    private static Matcher active(RoleVerbs verbs, String text) {
        Matcher m = verbs.first(text);
        return m == null || verbs.passive(text, m) ? null : m;
    }

    /**
     * A country (by its code, whatever word names it) or a name (capitalised words inside the sentence,
     * "Phan Van Giang", known by the last, compared without case and diacritics) of the source.
     */
    private record Entity(int start, int end, String text, String country, String key) {

        static List<Entity> in(String text, CountryNames countries) {
            List<Entity> found = new ArrayList<>();
            for (String code : countries.patterns().keySet()) {
                countries.all(code, text).forEach(m -> found.add(new Entity(m.start(), m.end(), m.group(), code, code)));
            }
            Entity name = null;
            for (TextWord w : TextWord.lettersOf(Verbatim.blanked(text))) {
                boolean inCountry = found.stream().anyMatch(e -> e.country() != null && w.start() < e.end() && w.end() > e.start());
                if (!w.capitalised() || w.text().length() < 2 || w.startsSentence(text) || inCountry) {
                    name = null;
                    continue;
                }
                if (name != null && text.substring(name.end(), w.start()).equals(" ")) {
                    found.remove(name);
                    name = new Entity(name.start(), w.end(), text.substring(name.start(), w.end()), null, w.text());
                } else {
                    name = new Entity(w.start(), w.end(), w.text(), null, w.text());
                }
                found.add(name);
            }
            found.sort((a, b) -> Integer.compare(a.start(), b.start()));
            return found;
        }

        boolean sameAs(Entity other) {
            return country != null ? country.equals(other.country)
                    : other.country == null && WordFolding.fold(key).equals(WordFolding.fold(other.key));
        }

        /** Where the translation names it. */
        List<Integer> placesIn(String target, CountryNames countries) {
            if (country != null) {
                return countries.all(country, target).stream().map(MatchResult::start).toList();
            }
            String folded = WordFolding.fold(key);
            return TextWord.lettersOf(target).stream().filter(w -> WordFolding.fold(w.text()).equals(folded)).map(TextWord::start)
                    .toList();
        }
    }
}
