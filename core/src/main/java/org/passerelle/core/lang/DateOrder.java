package org.passerelle.core.lang;

import java.util.Locale;
import java.util.Set;

/**
 * How a language writes a date in figures: day first ("9/11" is 9 November in French, Vietnamese
 * and British English) or month first (September 11 in American English), which may depend on the
 * region; and which words before a slash of figures make it a date rather than a fraction ("le
 * 9/11", "ngày 12/8", but "les 2/3 des sièges").
 *
 * @param monthFirstRegions the regions (ISO 3166, upper case) whose writers put the month first
 * @param leads             lower-case words that, right before figures with a slash, make them a date
 */
public record DateOrder(Set<String> monthFirstRegions, Set<String> leads) {
    /** Day first everywhere, and no word known to lead a date: most of the world's way. */
    public static final DateOrder DAY_FIRST = new DateOrder(Set.of(), Set.of());

    public DateOrder {
        monthFirstRegions = Set.copyOf(monthFirstRegions);
        leads = Set.copyOf(leads);
    }

    /** Day first, with the words that lead a date ("le", "du", "au"). */
    public static DateOrder dayFirst(String... leads) {
        return new DateOrder(Set.of(), Set.of(leads));
    }

    /** The same, with these regions writing the month first ("US"). */
    public DateOrder monthFirstIn(String... regions) {
        return new DateOrder(Set.of(regions), leads);
    }

    /**
     * True when a text tagged {@code tag} ("en-US") writes the month first; a bare tag, or none (a
     * file of another tool that does not say), writes the day first.
     */
    public boolean monthFirst(String tag) {
        if (tag == null) {
            return false;
        }
        String region = Locale.forLanguageTag(tag.replace('_', '-')).getCountry();
        return monthFirstRegions.contains(region);
    }
}
