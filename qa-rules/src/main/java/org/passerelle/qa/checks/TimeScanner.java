package org.passerelle.qa.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.passerelle.core.Languages;

/**
 * Finds times of day, so that "à 14h30" and "at 2.30pm" compare as the same time rather than as
 * the numbers 14 and 2. French and Vietnamese write "14h30", "14 h", "14 heures 30", "14 giờ 30
 * phút" (with "sáng", "chiều", "tối" for morning, afternoon and evening); English writes "14:30",
 * "2:30 pm", "2.30pm", "2 p.m."; every language writes "14:30".
 */
final class TimeScanner {
    private static final String END = "(?![\\p{L}\\p{N}])";
    private static final Pattern COLON = Pattern.compile("(?<![\\p{N}.,:])(\\d{1,2}):(\\d{2})" + END);
    private static final Pattern ENGLISH_MERIDIEM = Pattern.compile(
            "(?<![\\p{N}.,:])(\\d{1,2})(?:[:.](\\d{2}))?\\s?([ap])(?:\\.\\s?m\\.|m)(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
    private static final Pattern FRENCH = Pattern.compile(
            "(?<![\\p{N}.,:])(\\d{1,2})\\s?(?:h|heures?)(?:\\s?(\\d{2}))?" + END, Pattern.CASE_INSENSITIVE);
    private static final Pattern VIETNAMESE = Pattern.compile(
            "(?<![\\p{N}.,:])(\\d{1,2})\\s?(?:h|giờ)(?:\\s?(\\d{2})(?:\\s?phút)?)?(?:\\s(sáng|trưa|chiều|tối|đêm))?" + END,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private TimeScanner() {
    }

    static List<TimeMention> scan(String text, String language) {
        String lang = Languages.primary(language);
        List<TimeMention> found = new ArrayList<>();
        if ("en".equals(lang)) {
            Matcher m = ENGLISH_MERIDIEM.matcher(text);
            while (m.find()) {
                int h = Integer.parseInt(m.group(1));
                int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
                boolean pm = m.group(3).toLowerCase(Locale.ROOT).equals("p");
                if (h >= 1 && h <= 12 && minute < 60) {
                    add(found, m, (h % 12 + (pm ? 12 : 0)) * 60 + minute, TimeMention.NONE);
                }
            }
        } else {
            Matcher m = ("vi".equals(lang) ? VIETNAMESE : FRENCH).matcher(text);
            while (m.find()) {
                int h = Integer.parseInt(m.group(1));
                int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
                String part = m.groupCount() >= 3 && m.group(3) != null ? m.group(3).toLowerCase(Locale.ROOT) : "";
                if (h < 24 && minute < 60) {
                    boolean later = h < 12 && (part.equals("chiều") || part.equals("tối")
                            || part.equals("đêm") && h >= 7);
                    add(found, m, ((later ? h + 12 : h) % 24) * 60 + minute, TimeMention.NONE);
                }
            }
        }
        Matcher c = COLON.matcher(text);
        while (c.find()) {
            int h = Integer.parseInt(c.group(1));
            int minute = Integer.parseInt(c.group(2));
            if (h < 24 && minute < 60 && found.stream().noneMatch(t -> t.start() <= c.start() && c.start() < t.end())) {
                // "2:30" in English may be either half of the day; 24-hour elsewhere.
                int alternative = "en".equals(lang) && h >= 1 && h < 12 ? (h + 12) * 60 + minute : TimeMention.NONE;
                add(found, c, h * 60 + minute, alternative);
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    private static void add(List<TimeMention> found, Matcher m, int minutes, int alternative) {
        found.add(new TimeMention(m.start(), m.end(), m.group(), minutes, alternative));
    }
}
