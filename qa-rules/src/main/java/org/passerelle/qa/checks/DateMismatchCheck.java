package org.passerelle.qa.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.passerelle.core.lang.LanguageSupport;
import org.passerelle.core.lang.NumberNames;
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
 * A month or weekday of the source that the translation changes: "le jeudi 16 septembre" as "on
 * Friday, 16 August" is two findings. Each side is read in its own language's names and figures
 * ({@code NumberNames}: "septembre", "September", "tháng 9", "16/9"; "jeudi", "Thursday", "thứ
 * Năm"). Only a month or weekday replaced by another is reported: a translation that leaves the
 * weekday out, or says "the same day", is no wrong date. A capitalised month name inside a French
 * sentence is a name ("Vientiane Mai"), not a month.
 */
public final class DateMismatchCheck extends SegmentCheck {
    public static final CheckDefinition DEFINITION = CheckDefinition.of("date.mismatch", IssueType.MISTRANSLATION,
            Severity.ERROR, "A month or weekday of the source replaced by another in the translation (\"jeudi 16"
                    + " septembre\" as \"Friday, August 16\"); fr, en and vi names and figures (\"16/9\", \"tháng 9\"), dates in"
                    + " figures read in each language's day/month order (\"9/11\" copied into en-US)",
            s -> new DateMismatchCheck());

    private record Mention(int start, int end, String text, int value) {
    }

    /** A name's pattern, made once: every segment is searched for every month and weekday. */
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    public DateMismatchCheck() {
        super(DEFINITION);
    }

    @Override
    protected void checkSegment(TranslationUnit unit, SegmentPair s, CheckContext context, List<CheckMatch> matches) {
        LanguageSupport sourceLanguage = context.language(unit, Side.SOURCE);
        LanguageSupport targetLanguage = context.language(unit, Side.TARGET);
        NumberNames source = sourceLanguage.numberNames();
        NumberNames target = targetLanguage.numberNames();
        List<FigureDate> sourceFigures = new ArrayList<>(FigureDate.certain(s.source(), sourceLanguage,
                unit.sourceLanguage()));
        List<FigureDate> targetFigures = new ArrayList<>(FigureDate.all(s.target(), targetLanguage, unit.targetLanguage()));
        compareFigures(s, unit, targetLanguage, sourceFigures, targetFigures, matches);
        dayFirstInAMonthFirstLanguage(s, unit, targetLanguage, matches);
        List<Mention> sourceMonths = names(s.source(), source.months(), source.capitalisedMonths());
        sourceFigures.forEach(d -> sourceMonths.add(new Mention(d.start(), d.end(), d.text(), d.month())));
        List<Mention> targetMonths = withFigures(s.target(), names(s.target(), target.months(), target.capitalisedMonths()),
                target);
        targetFigures.forEach(d -> targetMonths.add(new Mention(d.start(), d.end(), d.text(), d.month())));
        targetMonths.sort((a, b) -> Integer.compare(a.start(), b.start()));
        sourceMonths.sort((a, b) -> Integer.compare(a.start(), b.start()));
        compare(s, "month", sourceMonths, targetMonths, matches);
        compare(s, "weekday", names(s.source(), source.weekdays(), source.capitalisedMonths()),
                names(s.target(), target.weekdays(), target.capitalisedMonths()), matches);
    }

    /**
     * A date of the source in figures that the translation writes with the same figures: the same
     * day and month in the target's order passes; in the other order it is a date the reader takes
     * for another ("9/11", 9 November, copied into American English reads September 11; "03/04/2025"
     * written "4/3/2025" in Vietnamese), and so is a copy the target's order cannot read ("16/9" in
     * American English). Both are then taken out of the month comparison.
     */
    private static void compareFigures(SegmentPair s, TranslationUnit unit, LanguageSupport target,
                                       List<FigureDate> source, List<FigureDate> written, List<CheckMatch> out) {
        for (FigureDate want : new ArrayList<>(source)) {
            FigureDate got = written.stream().filter(want::sameFiguresAs).findFirst().orElse(null);
            String suggestion = want.writtenFor(target, unit.targetLanguage());
            if (got == null && s.target().contains(want.text()) && !suggestion.equals(want.text())) {
                int at = s.target().indexOf(want.text());
                out.add(new CheckMatch(s.id(), Side.TARGET, at, want.text().length(), "The date '" + want.text()
                        + "' is written day first, which " + unit.targetLanguage() + " does not: write '" + suggestion
                        + "'", List.of(suggestion)));
                source.remove(want);
            } else if (got != null) {
                if (!want.sameDateAs(got)) {
                    out.add(new CheckMatch(s.id(), Side.TARGET, got.start(), got.end() - got.start(), "The date '"
                            + got.text() + "' reads as day " + got.day() + ", month " + got.month() + " in "
                            + unit.targetLanguage() + ", but '" + want.text() + "' in the source is day " + want.day()
                            + ", month " + want.month() + ": write '" + suggestion + "'", List.of(suggestion)));
                }
                source.remove(want);
                written.remove(got);
            }
        }
    }

    /**
     * A date the translation writes day first ("on 16/9") in a language that reads the month first:
     * there is no month 16, whatever the source wrote ("le 16 septembre"). A copy of the source's
     * figures is {@link #compareFigures}'s, reported once.
     */
    private static void dayFirstInAMonthFirstLanguage(SegmentPair s, TranslationUnit unit, LanguageSupport target,
                                                      List<CheckMatch> out) {
        for (FigureDate d : FigureDate.dayFirstOnly(s.target(), target, unit.targetLanguage())) {
            if (out.stream().anyMatch(m -> m.offset() == d.start())) {
                continue;
            }
            String suggestion = d.writtenFor(target, unit.targetLanguage());
            out.add(new CheckMatch(s.id(), Side.TARGET, d.start(), d.end() - d.start(), "The date '" + d.text()
                    + "' is written day first, which " + unit.targetLanguage() + " does not: write '" + suggestion + "'",
                    List.of(suggestion)));
        }
    }

    private static void compare(SegmentPair s, String what, List<Mention> source, List<Mention> target,
                                List<CheckMatch> out) {
        List<Mention> missing = new ArrayList<>(source);
        List<Mention> extra = new ArrayList<>(target);
        missing.removeIf(m -> {
            Mention same = extra.stream().filter(t -> t.value() == m.value()).findFirst().orElse(null);
            return same != null && extra.remove(same);
        });
        for (int i = 0; i < Math.min(missing.size(), extra.size()); i++) {
            Mention want = missing.get(i);
            Mention got = extra.get(i);
            out.add(new CheckMatch(s.id(), Side.TARGET, got.start(), got.end() - got.start(), "The " + what + " '"
                    + got.text() + "' does not match '" + want.text() + "' in the source", List.of()));
        }
    }

    /** Names of months or weekdays in a text (phrases such as "thứ Năm" included). */
    private static List<Mention> names(String text, Map<String, Integer> names, boolean exactCase) {
        List<Mention> found = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        boolean capitals = text.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
        for (Map.Entry<String, Integer> e : names.entrySet()) {
            String name = exactCase ? e.getKey() : e.getKey().toLowerCase(Locale.ROOT);
            if ((exactCase ? text : lower).indexOf(name) < 0) {
                continue;
            }
            Matcher m = PATTERNS.computeIfAbsent(name, n -> Pattern.compile("(?<![\\p{L}\\p{M}])" + Pattern.quote(n)
                    + "(?![\\p{L}\\p{M}])")).matcher(exactCase ? text : lower);
            while (m.find()) {
                TextWord w = new TextWord(m.start(), m.end(), text.substring(m.start(), m.end()));
                // A French month is lower case: capitalised mid-sentence it is a name ("Vientiane Mai").
                if (exactCase || !w.capitalised() || capitals || w.startsSentence(text)) {
                    found.add(new Mention(m.start(), m.end(), w.text(), e.getValue()));
                }
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    /** The months a text writes in figures ("16/9", "tháng 9") added to those it names. */
    private static List<Mention> withFigures(String text, List<Mention> named, NumberNames names) {
        List<Mention> all = new ArrayList<>(named);
        for (Pattern p : names.monthForms()) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                int month = Integer.parseInt(m.group(1));
                if (month >= 1 && month <= 12) {
                    all.add(new Mention(m.start(), m.end(), m.group(), month));
                }
            }
        }
        all.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return all;
    }
}
