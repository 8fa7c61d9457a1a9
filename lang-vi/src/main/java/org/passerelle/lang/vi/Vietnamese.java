package org.passerelle.lang.vi;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.passerelle.core.lang.Feature;
import org.passerelle.core.lang.DeclaredLanguage;
import org.passerelle.core.lang.LanguageData;
import org.passerelle.core.lang.NumberNames;
import org.passerelle.core.lang.NumberStyle;
import org.passerelle.core.lang.PunctuationStyle;
import org.passerelle.core.lang.TermKeys;
import org.passerelle.core.lang.TimeStyle;

/**
 * Vietnamese: "1.000,5", "14 giờ 30 phút", "2 giờ chiều"; words are tone-marked syllables (so
 * the vi.* checks apply and terms match whatever the tone-mark style), and reduplication is
 * word formation ("từ từ"), not a typo. LanguageTool has no Vietnamese: vi.spelling (Hunspell)
 * checks the spelling instead.
 */
public final class Vietnamese extends DeclaredLanguage {
    private static final NumberNames NAMES = new NumberNames(NumberNames.words(
            "không", 0, "một", 1, "nhất", 1, "hai", 2, "nhì", 2, "ba", 3, "bốn", 4, "tư", 4, "năm", 5,
            "sáu", 6, "bảy", 7, "bẩy", 7, "tám", 8, "chín", 9, "mười", 10, "mươi", 10, "trăm", 100, "nghìn", 1000,
            "ngàn", 1000, "đôi", 2, "chục", 10),
            Map.of(), false);
    private static final TimeStyle TIMES = new TimeStyle(Optional.of(Pattern.compile(
            "(?<![\\p{N}.,:])(\\d{1,2})\\s?(?:h|giờ)(?:\\s?(\\d{2})(?:\\s?phút)?)?(?:\\s(sáng|trưa|chiều|tối|đêm))?"
                    + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)),
            // "chiều" (afternoon) and "tối" (evening) move any morning hour; "đêm" (night) only from 7:
            // "10 giờ đêm" is 22:00 but "2 giờ đêm" is 2:00.
            false, Map.of("chiều", 0, "tối", 0, "đêm", 7), "%dh", "%dh%02d");

    public Vietnamese() {
        super(LanguageData.of("vi").region("VN")
                .numbers(new NumberStyle(',', ". \u00A0\u202F", '.', false), NAMES).times(TIMES)
                .punctuation(new PunctuationStyle(false, "“", "”"))
                .repeats(true, Set.of())
                .features(Feature.VIETNAMESE_SYLLABLES));
    }

    @Override
    public TermKeys termKeys() {
        return VietnameseKeys.INSTANCE;
    }
}
