package org.passerelle.qa.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.passerelle.core.lang.TimeStyle;

/**
 * Finds times of day, so that "à 14h30" and "at 2.30pm" compare as the same time rather than as
 * the numbers 14 and 2. Each language's own forms come from its {@link TimeStyle} (French "14h30",
 * "14 heures 30"; Vietnamese "14 giờ 30 phút", "2 giờ chiều"; English "2:30 pm", "2 p.m."); every
 * language writes "14:30", which on a twelve-hour clock may be either half of the day.
 */
final class TimeScanner {
    private static final Pattern COLON = Pattern.compile("(?<![\\p{N}.,:])(\\d{1,2}):(\\d{2})(?![\\p{L}\\p{N}])");

    private TimeScanner() {
    }

    static List<TimeMention> scan(String text, TimeStyle style) {
        List<TimeMention> found = new ArrayList<>();
        if (!NumberScanner.hasDigit(text)) {
            return found;
        }
        style.written().ifPresent(pattern -> {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                int h = Integer.parseInt(m.group(1));
                int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
                String marker = m.groupCount() >= 3 && m.group(3) != null ? m.group(3).toLowerCase(Locale.ROOT) : "";
                if (style.twelveHour()) {
                    if (h >= 1 && h <= 12 && minute < 60) {
                        add(found, m, (h % 12 + (marker.equals("p") ? 12 : 0)) * 60 + minute, TimeMention.NONE);
                    }
                } else if (h < 24 && minute < 60) {
                    Integer from = style.afternoonMarkers().get(marker);
                    boolean later = from != null && h < 12 && h >= from;
                    add(found, m, ((later ? h + 12 : h) % 24) * 60 + minute, TimeMention.NONE);
                }
            }
        });
        Matcher c = COLON.matcher(text);
        while (c.find()) {
            int h = Integer.parseInt(c.group(1));
            int minute = Integer.parseInt(c.group(2));
            if (h < 24 && minute < 60 && found.stream().noneMatch(t -> t.start() <= c.start() && c.start() < t.end())) {
                int alternative = style.twelveHour() && h >= 1 && h < 12 ? (h + 12) * 60 + minute : TimeMention.NONE;
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
