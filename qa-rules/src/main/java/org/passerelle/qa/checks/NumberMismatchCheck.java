package org.passerelle.qa.checks;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.passerelle.glossary.Languages;
import org.passerelle.qa.Check;
import org.passerelle.qa.CheckContext;
import org.passerelle.qa.CheckMatch;
import org.passerelle.qa.Side;
import org.passerelle.xliff.SegmentPair;
import org.passerelle.xliff.TranslationUnit;

/**
 * Numbers, years and ranges of a source segment that its translation lacks or changes. Each side is
 * read with its own language's conventions, so "1 000,5" and "1,000.5" agree while an English
 * "1.000" (one) for a French "1 000" (a thousand) does not.
 */
public final class NumberMismatchCheck implements Check {
    public static final String ID = "number.mismatch";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<CheckMatch> check(TranslationUnit unit, CheckContext context) {
        List<CheckMatch> matches = new ArrayList<>();
        NumberScanner sourceScanner = NumberScanner.forLanguage(unit.sourceLanguage());
        NumberScanner targetScanner = NumberScanner.forLanguage(unit.targetLanguage());
        boolean frenchSource = "fr".equals(Languages.primary(unit.sourceLanguage()));
        boolean frenchTarget = "fr".equals(Languages.primary(unit.targetLanguage()));
        for (SegmentPair s : unit.segments()) {
            if (!s.hasTarget() || s.target().isBlank()) {
                continue;
            }
            List<NumberMention> missing = new ArrayList<>(sourceScanner.scan(s.source(), frenchSource));
            List<NumberMention> extra = new ArrayList<>(targetScanner.scan(s.target(), frenchTarget));
            removeCommon(missing, extra);
            excuseWords(missing, NumberWords.values(s.target(), unit.targetLanguage()));
            excuseWords(extra, NumberWords.values(s.source(), unit.sourceLanguage()));
            report(s, unit.targetLanguage(), missing, extra, matches);
        }
        return matches;
    }

    private static void report(SegmentPair s, String targetLang, List<NumberMention> missing, List<NumberMention> extra,
                               List<CheckMatch> matches) {
        if (missing.size() == 1 && extra.size() == 1) {
            NumberMention want = missing.get(0);
            NumberMention got = extra.get(0);
            String suggestion = format(want, targetLang);
            matches.add(new CheckMatch(s.id(), Side.TARGET, got.start(), got.end() - got.start(),
                    "'" + got.text() + "' does not match '" + want.text() + "' in the source; write '" + suggestion + "'",
                    List.of(suggestion)));
            return;
        }
        for (NumberMention m : missing) {
            String suggestion = format(m, targetLang);
            matches.add(new CheckMatch(s.id(), Side.TARGET, 0, 0,
                    "The source number '" + m.text() + "' is missing from the translation", List.of(suggestion)));
        }
        for (NumberMention m : extra) {
            matches.add(new CheckMatch(s.id(), Side.TARGET, m.start(), m.end() - m.start(),
                    "'" + m.text() + "' is not in the source; check the number", List.of()));
        }
    }

    private static void removeCommon(List<NumberMention> source, List<NumberMention> target) {
        for (Iterator<NumberMention> it = source.iterator(); it.hasNext(); ) {
            NumberMention m = it.next();
            for (Iterator<NumberMention> t = target.iterator(); t.hasNext(); ) {
                if (t.next().value().compareTo(m.value()) == 0) {
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
    static String format(NumberMention m, String lang) {
        boolean english = "en".equals(Languages.primary(lang));
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setDecimalSeparator(english ? '.' : ',');
        symbols.setGroupingSeparator(english ? ',' : "fr".equals(Languages.primary(lang)) ? '\u00A0' : '.');
        DecimalFormat format = new DecimalFormat("#,##0.###############", symbols);
        format.setGroupingUsed(m.grouped() || m.value().abs().compareTo(BigDecimal.valueOf(10_000)) >= 0);
        return format.format(m.value());
    }
}
