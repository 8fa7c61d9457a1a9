package org.passerelle.core.lang;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a language writes times of day beyond "14:30", which every language reads as a 24-hour time.
 *
 * @param written          the language's own forms, or empty: group 1 is the hour, group 2 the
 *                         minutes (optional), group 3 (optional) a marker: "a"/"p" on a twelve-hour
 *                         clock, else a part-of-day word looked up in {@code afternoonMarkers}
 * @param twelveHour       true when times are written on a twelve-hour clock ("2:30 pm"): group 3
 *                         is the meridiem, and a bare "2:30" may mean either half of the day
 * @param afternoonMarkers part-of-day word (lower case) → the lowest hour it moves to the
 *                         afternoon or evening ("chiều" → 0: "2 giờ chiều" is 14:00; "đêm" → 7:
 *                         "10 giờ đêm" is 22:00 but "2 giờ đêm" is 2:00)
 * @param wholeHourFormat  how a suggestion writes a whole hour, {@link String#format} with the
 *                         hour and the minutes: "%dh" → "14h"
 * @param hourMinuteFormat the same for other times: "%dh%02d" → "14h30"
 */
public record TimeStyle(Optional<Pattern> written, boolean twelveHour, Map<String, Integer> afternoonMarkers,
                        String wholeHourFormat, String hourMinuteFormat) {
    /** Only "14:30", written back the same way. */
    public static final TimeStyle NEUTRAL = new TimeStyle(Optional.empty(), false, Map.of(), "%02d:%02d", "%02d:%02d");

    public TimeStyle {
        afternoonMarkers = Map.copyOf(afternoonMarkers);
    }

    /** A time (minutes after midnight) written this language's 24-hour way: "14:30", "14h30". */
    public String format(int minutes) {
        int h = minutes / 60;
        int m = minutes % 60;
        return String.format(Locale.ROOT, m == 0 ? wholeHourFormat : hourMinuteFormat, h, m);
    }
}
