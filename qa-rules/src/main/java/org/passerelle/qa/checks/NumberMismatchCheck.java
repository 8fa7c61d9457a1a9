package org.passerelle.qa.checks;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.passerelle.core.lang.LanguageSupport;
import org.passerelle.core.lang.NumberStyle;
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
 * Numbers, years, ranges and times of day of a source segment that its translation lacks or
 * changes. Each side is read with its own language's conventions, so "1 000,5" and "1,000.5"
 * agree while an English "1.000" (one) for a French "1 000" (a thousand) does not, and "14h30"
 * agrees with "2:30 pm" but not with "3:30 pm".
 */
public final class NumberMismatchCheck extends SegmentCheck {
    public static final CheckDefinition DEFINITION = CheckDefinition.of("number.mismatch", IssueType.NUMBERS,
            Severity.ERROR, "Numbers, years, ranges, ordinals and times of day of the source missing or changed in the"
                    + " target; French, English and Vietnamese formats",
            s -> new NumberMismatchCheck());

    public NumberMismatchCheck() {
        super(DEFINITION);
    }

    @Override
    protected void checkSegment(TranslationUnit unit, SegmentPair s, CheckContext context, List<CheckMatch> matches) {
        NumberSides sides = NumberSides.of(unit, s, context);
        LanguageSupport sourceLanguage = sides.sourceLanguage;
        LanguageSupport targetLanguage = sides.targetLanguage;
        StringBuilder source = sides.source;
        StringBuilder target = sides.target;
        compareTimes(s, sourceLanguage, targetLanguage, source, target, matches);
        compareVersions(s, sourceLanguage, source, target, matches);
        blankNamedMonths(target, FigureDate.all(s.target(), targetLanguage, unit.targetLanguage()),
                NumberWords.months(s.source(), sourceLanguage.numberNames()));
        blankNamedMonths(source, FigureDate.all(s.source(), sourceLanguage, unit.sourceLanguage()),
                NumberWords.months(s.target(), targetLanguage.numberNames()));
        List<NumberMention> missing = mentions(source.toString(), sourceLanguage);
        List<NumberMention> extra = mentions(target.toString(), targetLanguage);
        removeCommon(missing, extra);
        excuseWords(missing, NumberWords.approximations(s.target(), targetLanguage.numberNames()));
        excuseWords(extra, NumberWords.approximations(s.source(), sourceLanguage.numberNames()));
        leaveFormatsToLocaleCheck(target.toString(), sourceLanguage, targetLanguage, missing, extra);
        report(s, targetLanguage.numbers(), missing, extra, matches);
    }

    /**
     * The month of a date in figures is the month the other side names ("12/8" and "15/8" for "du
     * lundi 12 au jeudi 15 août"), however often each side says it: a range names its month once in
     * French and in each date in Vietnamese. Whether it is the right month is date.mismatch's to say.
     */
    private static void blankNamedMonths(StringBuilder text, List<FigureDate> dates, Set<Integer> named) {
        for (FigureDate d : dates) {
            if (named.contains(d.month())) {
                CopiedNumbers.blank(text, d.monthStart(), d.monthEnd());
            }
        }
    }

    /** A changed version ("3.1" as "3.2") is one finding naming both ({@link CopiedNumbers#changedVersions}). */
    private static void compareVersions(SegmentPair s, LanguageSupport sourceLanguage, StringBuilder source,
                                        StringBuilder target, List<CheckMatch> matches) {
        for (NumberMention[] pair : CopiedNumbers.changedVersions(source, target, sourceLanguage.numbers())) {
            NumberMention want = pair[0];
            NumberMention got = pair[1];
            matches.add(new CheckMatch(s.id(), Side.TARGET, got.start(), got.end() - got.start(), "'" + got.text()
                    + "' does not match '" + want.text() + "' in the source; write '" + want.text() + "'",
                    List.of(want.text())));
        }
    }

    /** Numbers in digits and Roman numerals, and numbers in words, in text order. */
    private static List<NumberMention> mentions(String text, LanguageSupport language) {
        List<NumberMention> all = new ArrayList<>(NumberScanner.of(language.numbers()).scan(text));
        all.addAll(NumberWords.mentions(text, language.numberNames()));
        all.sort(Comparator.comparingInt(NumberMention::start));
        return all;
    }

    /**
     * A target number the target language cannot read, because it is written the source's way
     * ("1,5" in English: one, then five) or with a decimal point where the language has a comma
     * ("1.5" in Vietnamese), or grouped in thousands the other language's way ("1,200" for "1 200"
     * in Vietnamese, which reads 1.2), is a format to fix ({@code locale.number}), not a wrong number: when
     * that reading of it is the missing value, neither is reported here.
     */
    private static void leaveFormatsToLocaleCheck(String target, LanguageSupport source, LanguageSupport targetLanguage,
                                                  List<NumberMention> missing, List<NumberMention> extra) {
        List<NumberMention> foreign = new ArrayList<>(NumberScanner.of(source.numbers()).scan(target));
        foreign.addAll(NumberScanner.of(NumberStyle.NEUTRAL).scan(target));
        for (NumberMention asSource : foreign) {
            List<NumberMention> split = extra.stream()
                    .filter(e -> !e.inWords() && e.start() >= asSource.start() && e.end() <= asSource.end()).toList();
            boolean misread = split.size() > 1 || split.size() == 1 && split.get(0).end() - split.get(0).start()
                    < asSource.end() - asSource.start()
                    // the digits grouped the other language's way: "1,200" for "1 200" in Vietnamese
                    || split.size() == 1 && asSource.grouped() && split.get(0).value().compareTo(asSource.value()) != 0;
            NumberMention wanted = missing.stream().filter(m -> m.value().compareTo(asSource.value()) == 0)
                    .findFirst().orElse(null);
            if (misread && wanted != null) {
                missing.remove(wanted);
                extra.removeAll(split);
            }
        }
    }

    /**
     * Times of day are compared as times ("14h30" is "2:30 pm") and then blanked out of both texts,
     * so that their hours and minutes are not compared again as plain numbers. A time the other
     * side does not have is left for the number comparison, unless it is the only one on each
     * side: then the two are one time written wrong.
     */
    private static void compareTimes(SegmentPair s, LanguageSupport sourceLanguage, LanguageSupport targetLanguage,
            StringBuilder source, StringBuilder target, List<CheckMatch> matches) {
        List<TimeMention> sourceTimes = new ArrayList<>(TimeScanner.scan(s.source(), sourceLanguage.times()));
        List<TimeMention> targetTimes = new ArrayList<>(TimeScanner.scan(s.target(), targetLanguage.times()));
        for (Iterator<TimeMention> it = sourceTimes.iterator(); it.hasNext(); ) {
            TimeMention time = it.next();
            TimeMention same = targetTimes.stream().filter(time::sameTimeAs).findFirst().orElse(null);
            if (same != null) {
                targetTimes.remove(same);
                it.remove();
                blank(source, time);
                blank(target, same);
            }
        }
        if (sourceTimes.size() == 1 && targetTimes.size() == 1) {
            TimeMention want = sourceTimes.get(0);
            TimeMention got = targetTimes.get(0);
            String suggestion = want.format(targetLanguage.times());
            matches.add(new CheckMatch(s.id(), Side.TARGET, got.start(), got.end() - got.start(),
                    "the time '" + got.text() + "' does not match '" + want.text() + "' in the source; write '"
                            + suggestion + "'", List.of(suggestion)));
            blank(source, want);
            blank(target, got);
        }
    }

    private static void blank(StringBuilder text, TimeMention time) {
        CopiedNumbers.blank(text, time.start(), time.end());
    }

    /**
     * One changed number is one finding naming both. Otherwise each number in digits missing or
     * added is reported; a number in words alone is not, since "les deux parties" may well be
     * "both sides", but one in words replaced by another is ("quarante" written "fourteen", "onze"
     * as "seven"), whatever small ones ({@link #articleLike}) stand beside them.
     */
    private static void report(SegmentPair s, NumberStyle targetLang, List<NumberMention> missing, List<NumberMention> extra,
                               List<CheckMatch> matches) {
        List<NumberMention> digitsMissing = missing.stream().filter(m -> !m.inWords()).toList();
        List<NumberMention> digitsExtra = extra.stream().filter(m -> !m.inWords()).toList();
        if (digitsMissing.size() == 1 && digitsExtra.size() == 1) {
            matches.add(changed(s, targetLang, digitsMissing.get(0), digitsExtra.get(0)));
            return;
        }
        List<NumberMention> meantMissing = missing.stream().filter(m -> !articleLike(m) && !inName(m, s.source())).toList();
        List<NumberMention> meantExtra = extra.stream().filter(m -> !articleLike(m) && !inName(m, s.target())).toList();
        if (meantMissing.size() == 1 && meantExtra.size() == 1) {
            matches.add(changed(s, targetLang, meantMissing.get(0), meantExtra.get(0)));
            return;
        }
        // "deux jours" written "ba ngày": a two in words, the source's only number left, turned into a
        // larger one in words. Not a one, which is an article or a "first" ("premier semestre" is "sáu
        // tháng đầu năm"), and not the other way: "dans huit jours" is rightly "một tuần nữa".
        List<NumberMention> smallMissing = missing.stream().filter(NumberMismatchCheck::articleLike)
                .filter(m -> m.value().compareTo(BigDecimal.ONE) > 0).toList();
        if (meantMissing.isEmpty() && smallMissing.size() == 1 && meantExtra.size() == 1 && meantExtra.get(0).inWords()) {
            matches.add(changed(s, targetLang, smallMissing.get(0), meantExtra.get(0)));
            return;
        }
        for (NumberMention m : digitsMissing) {
            String suggestion = format(m, targetLang);
            matches.add(new CheckMatch(s.id(), Side.TARGET, 0, 0,
                    "The source number '" + m.text() + "' is missing from the translation", List.of(suggestion)));
        }
        for (NumberMention m : digitsExtra) {
            matches.add(new CheckMatch(s.id(), Side.TARGET, m.start(), m.end() - m.start(),
                    "'" + m.text() + "' is not in the source; check the number", List.of()));
        }
    }

    /**
     * A small number in words, which may be no number at all: an article ("une délégation", "a
     * delegation"), "deux parties" as "both sides", "premier ministre" as "Prime Minister". Left
     * out when pairing a number in words with its replacement, so that "une formation" beside
     * "quarante" as "fourteen" does not hide the change.
     */
    private static boolean articleLike(NumberMention m) {
        return m.inWords() && m.value().compareTo(BigDecimal.valueOf(3)) < 0;
    }

    /**
     * A number word capitalised inside a sentence is part of a name ("Ba Đình", "Ba Lan" for Poland,
     * "les Mille Collines", "the Group of Seven"), no number to pair with another.
     */
    private static boolean inName(NumberMention m, String text) {
        TextWord word = new TextWord(m.start(), m.end(), m.text());
        return m.inWords() && word.capitalised() && !word.startsSentence(text) && !text.equals(text.toUpperCase(Locale.ROOT));
    }

    private static CheckMatch changed(SegmentPair s, NumberStyle targetLang, NumberMention want, NumberMention got) {
        String suggestion = format(want, targetLang);
        return new CheckMatch(s.id(), Side.TARGET, got.start(), got.end() - got.start(),
                "'" + got.text() + "' does not match '" + want.text() + "' in the source; write '" + suggestion + "'",
                List.of(suggestion));
    }

    /** Pairs off equal values, digits with digits first, so that "deux" does not take the "2" of "2 décembre". */
    private static void removeCommon(List<NumberMention> source, List<NumberMention> target) {
        removeCommon(source, target, false);
        removeCommon(source, target, true);
    }

    private static void removeCommon(List<NumberMention> source, List<NumberMention> target, boolean words) {
        for (Iterator<NumberMention> it = source.iterator(); it.hasNext(); ) {
            NumberMention m = it.next();
            for (Iterator<NumberMention> t = target.iterator(); t.hasNext(); ) {
                NumberMention other = t.next();
                if ((words || !m.inWords() && !other.inWords()) && m.sameValueAs(other)) {
                    t.remove();
                    it.remove();
                    break;
                }
            }
        }
    }

    private static void excuseWords(List<NumberMention> leftovers, List<BigDecimal> inWords) {
        List<BigDecimal> words = new ArrayList<>(inWords);
        for (Iterator<NumberMention> it = leftovers.iterator(); it.hasNext(); ) {
            BigDecimal value = it.next().value();
            for (int i = 0; i < words.size(); i++) {
                if (words.get(i).compareTo(value) == 0) {
                    words.remove(i);
                    it.remove();
                    break;
                }
            }
        }
    }

    /** The source number written the target language's way: "1,000.5", "1 000,5", "1.000,5". */
    static String format(NumberMention m, NumberStyle style) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setDecimalSeparator(style.decimal());
        symbols.setGroupingSeparator(style.grouping());
        DecimalFormat format = new DecimalFormat("#,##0.###############", symbols);
        format.setGroupingUsed(m.grouped() || m.value().abs().compareTo(BigDecimal.valueOf(10_000)) >= 0);
        return format.format(m.value());
    }
}
