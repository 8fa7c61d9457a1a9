package org.passerelle.lang.vi;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.passerelle.core.lang.AcronymEquivalents;
import org.passerelle.core.lang.CountryNames;
import org.passerelle.core.lang.DateOrder;
import org.passerelle.core.lang.DeclaredLanguage;
import org.passerelle.core.lang.FalseFriends;
import org.passerelle.core.lang.Feature;
import org.passerelle.core.lang.LanguageData;
import org.passerelle.core.lang.NameSpelling;
import org.passerelle.core.lang.Negation;
import org.passerelle.core.lang.NumberNames;
import org.passerelle.core.lang.NumberStyle;
import org.passerelle.core.lang.Opposites;
import org.passerelle.core.lang.PunctuationStyle;
import org.passerelle.core.lang.RoleVerbs;
import org.passerelle.core.lang.TermKeys;
import org.passerelle.core.lang.TimeStyle;
import org.passerelle.core.lang.WordList;

/**
 * Vietnamese: "1.000,5", "14 giờ 30 phút", "2 giờ chiều", dates "16/9" and "tháng 9", weekdays
 * "thứ Năm"; words are tone-marked syllables (so the vi.* checks apply and terms match whatever
 * the tone-mark style), and reduplication is word formation ("từ từ"), not a typo, except for the
 * function words that never double ("và và"). Everyday loanwords ("video", "email") are words of
 * the language. LanguageTool has no Vietnamese: vi.spelling (Hunspell) checks the spelling instead.
 */
public final class Vietnamese extends DeclaredLanguage {
    private static final NumberNames NAMES = new NumberNames(NumberNames.words(
            "một", 1, "hai", 2, "ba", 3, "bốn", 4, "sáu", 6, "bảy", 7, "bẩy", 7, "tám", 8, "chín", 9, "mười", 10,
            "trăm", 100, "nghìn", 1000, "ngàn", 1000, "triệu", 1_000_000, "tỷ", 1_000_000_000, "tỉ", 1_000_000_000),
            Map.of("tháng Giêng", 1, "tháng Chạp", 12), true)
            .approximate(NumberNames.words("đôi", 2, "chục", 10))
            // "năm" is five only in a number ("năm mươi"), and otherwise "year"; "không" is zero only in
            // one ("một trăm không"), and otherwise "not".
            .compounds(NumberNames.words("năm", 5, "lăm", 5, "nhăm", 5, "mốt", 1, "tư", 4, "mươi", 10, "không", 0),
                    Set.of("linh", "lẻ"))
            // "bảy mươi năm" is "seventy years" at least as often as 75 ("bảy mươi lăm"); "mốt" is also "fashion".
            .alsoWords(Set.of("năm", "không", "mốt", "tư"))
            // Weekdays are capitalised: "lần thứ hai" is "the second time", not Monday.
            .calendar(NumberNames.weekdays(
                    new String[] {"thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"},
                    new String[] {"Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"}),
                    // "16/9" is read in the date order below (day first); "tháng 7/2027" is a month and its year
                    List.of(Pattern.compile("(?<![\\p{L}\\p{N}])[Tt]háng\\s+(\\d{1,2})(?!\\p{N})(?!/(?!\\d{4}(?!\\p{N})))")));
    private static final TimeStyle TIMES = new TimeStyle(Optional.of(Pattern.compile(
            "(?<![\\p{N}.,:])(\\d{1,2})\\s?(?:h|giờ)(?:\\s?(\\d{2})(?:\\s?phút)?)?(?:\\s(sáng|trưa|chiều|tối|đêm))?"
                    + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)),
            // "chiều" (afternoon) and "tối" (evening) move any morning hour; "đêm" (night) only from 7:
            // "10 giờ đêm" is 22:00 but "2 giờ đêm" is 2:00.
            false, Map.of("chiều", 0, "tối", 0, "đêm", 7), "%dh", "%dh%02d");
    /**
     * Words news prose never doubles, so that doubled they are typos (post-editing leftovers "và và",
     * "hai hai") where doubling a content word is reduplication ("từ từ", "ngày ngày", "xanh xanh").
     * By class: function words (conjunctions, prepositions, auxiliaries, determiners), number words,
     * pronouns and classifiers. Words whose doubling is itself a word are left out: "ba ba" (a turtle),
     * "năm năm" (five years), "con con" (tiny), "lần lần", "đều đều", "luôn luôn", "vừa vừa", "hay hay", "song song",
     * "từ từ", "người người", "nhà nhà".
     */
    private static final Set<String> NEVER_DOUBLED = Set.of(
            // function words
            "và", "của", "là", "các", "những", "được", "đã", "đang", "sẽ", "trong", "với", "cho", "tại", "về",
            "theo", "này", "đó", "thì", "mà", "nhưng", "hoặc", "để", "bị", "do", "vì", "nên", "nếu", "khi", "cũng",
            "rất", "sự", "việc", "cuộc", "ở", "đến", "giữa", "nhằm", "trên", "dưới", "qua", "bằng", "như", "hơn",
            "cả", "mỗi", "đối", "tới", "vào", "ra", "rằng", "bởi", "nhờ", "cùng", "lẫn", "tuy",
            "dù", "trước", "sau", "ngoài", "từng", "mọi", "nhau", "chỉ", "vẫn", "chưa", "nhất", "thêm",
            // number words
            "một", "hai", "bốn", "sáu", "bảy", "bẩy", "tám", "chín", "mười", "mươi", "trăm", "triệu", "tỷ", "tỉ",
            // pronouns
            "tôi", "chúng", "họ", "nó", "ông", "bà", "anh", "chị", "mình",
            // classifiers
            "chiếc", "bức", "cuốn", "quyển", "tấm", "ngôi", "tòa", "toà", "bản", "cây", "vị");
    /**
     * Prepositions and conjunctions that need a word after them: none ends a clause ("quan trong." is
     * "quan trọng" with its tone dropped, not "quan" and "trong"). Not "về", "đến", "cho", "qua", which
     * are verbs too ("trở về.", "sắp đến.").
     */
    private static final Set<String> FUNCTION_WORDS = Set.of("và", "của", "trong", "với", "tại", "hoặc", "nhưng",
            "để", "nhằm", "bởi", "rằng", "các", "những", "giữa", "theo", "nếu", "tuy", "dù",
            // "cũng như" (as well as), "bao gồm" (including), "trên cơ sở" (on the basis of): they open what follows
            "như", "gồm", "trên cơ sở", "dựa trên",
            // "mà" opens a clause ("các lĩnh vực mà Việt Nam có thế mạnh")
            "mà");
    /** Words Vietnamese news writes as they are spelt in English. */
    private static final Set<String> LOANWORDS = Set.of("video", "videos", "clip", "email", "e-mail", "internet",
            "website", "web", "blog", "cookie", "cookies", "hashtag", "fanpage", "livestream",
            "podcast", "smartphone", "laptop", "tablet", "app", "wifi", "wi-fi", "chatbot", "robot", "drone", "startup",
            "selfie", "logo", "marketing", "container", "taxi", "golf", "tennis", "festival", "show", "game", "fan",
            "album", "camera", "studio", "radio", "virus", "visa", "tour", "trailer", "marathon", "gala", "pop", "rock",
            "euro", "test", "ozone", "vaccine", "vitamin", "protein", "carbon", "metro", "media", "logistics");

    /** What joins the last items of a list: "và", and "cùng", "với", "cũng như" as well ("an ninh cùng kinh tế"). */
    private static final Set<String> CONJUNCTIONS = Set.of("và", "hoặc", "hay", "cùng", "với", "cũng như", "lẫn");
    /**
     * Abbreviations of Vietnamese news: "v.v." (vân vân, etc.), titles (TS. tiến sĩ, PGS. phó giáo sư,
     * GS., ThS./Th.S thạc sĩ, BS. bác sĩ, KS. kỹ sư, NSND, NSƯT), places (TP. thành phố, Q. quận,
     * P. phường, TX. thị xã), "đ/c" (đồng chí), "tr." (trang), "Nxb." (nhà xuất bản).
     */
    private static final Set<String> ABBREVIATIONS = Set.of("v.v.", "v.v", "vv.", "TP.", "Tp.", "TS.", "PGS.", "PGS.TS.",
            "GS.", "GS.TS.", "ThS.", "Th.S", "Th.S.", "BS.", "KS.", "CN.", "TX.", "Q.", "P.", "đ/c", "Đ/c", "tr.",
            "Nxb.", "NXB.", "TT.", "TW.", "TƯ.");

    /**
     * What counts as "not" in Vietnamese: không, chưa, chẳng, chả, đừng, chớ ("không hề", "chưa hề"
     * are one). "không" is also the Sino-Vietnamese "air, empty" (không quân, hàng không, không gian)
     * and part of phrases that negate nothing: "không chỉ", "không những" (not only), "không ngừng"
     * (constantly), "không thể thiếu" (indispensable), "không ít" (many), "hay không" (or not), "chẳng
     * hạn" (for example), "chưa từng có" (unprecedented), "chưa đến 300" (fewer than 300, French
     * "moins de"). The Sino-Vietnamese "vô" (without) says French "sans" ("vô điều kiện", without
     * conditions), but not in "vô cùng" (extremely), "vô số" (countless), "vô địch" (champion), "vô
     * tuyến" (radio).
     */
    /**
     * Who received (tiếp, đón, tiếp đón), thanked, congratulated, invited whom, who gave (tặng, trao)
     * to whom; not "tiếp tục" (continue), "tiếp theo" (next), "trực tiếp" (direct), "trao đổi"
     * (exchange). Passive: "được" or "bị" before the verb in its clause ("Đại sứ được Bộ trưởng tiếp").
     */
    private static final RoleVerbs ROLE_VERBS = new RoleVerbs(Pattern.compile("(?<![\\p{L}\\p{M}])(?<!trực )(?:tiếp đón|tiếp"
            + "|đón|tặng|trao tặng|trao|cảm ơn|chúc mừng|mời)(?![\\p{L}\\p{M}])(?!\\s+(?:tục|theo|cận|xúc|nhận|thu|tế|đổi|lưu)"
            + "(?![\\p{L}\\p{M}]))", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            Pattern.compile("(?<![\\p{L}\\p{M}])(?:được|bị)(?![\\p{L}\\p{M}])[^,;.]*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            Pattern.compile("(?!)"));

    private static final Negation NEGATION = Negation.of(
            List.of("(?<![\\p{L}\\p{M}])(?:không|chưa|chẳng|chả|đừng|chớ)(?![\\p{L}\\p{M}])"),
            List.of("(?<![\\p{L}\\p{M}])(?:không (?:quân|khí|gian|phận|lưu|kích|trung|chỉ|những|ngừng|thể thiếu|ít|sao)"
                    + "|vô (?:cùng|số|địch|tuyến)"
                    + "|(?:hàng|phòng|hư|trên) không|(?:hay|hoặc) (?:không|chưa)|chẳng hạn|chưa từng có"
                    + "|chưa (?:đến|tới|đầy)(?= (?:\\d|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|nửa|vài)))(?![\\p{L}\\p{M}])"))
            // "n'oubliera jamais" as "sẽ luôn ghi nhớ", "n'a jamais cessé de" as "vẫn luôn", "mãi mãi"
            // and "sans conditions" as "vô điều kiện": "vô" makes a word, as English "un-" does, and negates no clause
            // ("luôn ngừng", always stopped, says the opposite)
            .inAWord("(?<![\\p{L}\\p{M}])(?:(?:luôn|mãi mãi|mãi|vẫn luôn)(?!\\s+(?:ngừng|dừng|quên|thôi))|vô(?!\\s+(?:cùng|số|địch|tuyến)))"
                    + "(?![\\p{L}\\p{M}])");

    public Vietnamese() {
        super(LanguageData.of("vi").region("VN")
                .numbers(new NumberStyle(',', ". \u00A0\u202F", '.', false, true).withOrdinalWords("thứ|khóa|khoá"), NAMES)
                .times(TIMES)
                .punctuation(new PunctuationStyle(false, "“", "”"))
                .repeats(true, Set.of())
                .notReduplicated(NEVER_DOUBLED)
                .functionWords(FUNCTION_WORDS)
                .loanwords(LOANWORDS)
                .acronyms("fr", AcronymEquivalents.resource(Vietnamese.class, "acronyms-from-fr.txt"))
                .listConjunctions(CONJUNCTIONS)
                .roleVerbs(ROLE_VERBS)
                .serialComma(false)
                // The press writes Russian and other foreign names as English does ("Sergei Shoigu").
                .names(NameSpelling.of("tch", "č", "ch", "č", "sh", "š", "zh", "ž", "kh", "h", "ou", "u", "y", "i"))
                .abbreviations(ABBREVIATIONS)
                .negation(NEGATION)
                .falseFriends("fr", FalseFriends.resource(Vietnamese.class, "false-friends.fr.tsv"))
                .opposites("fr", Opposites.resource(Vietnamese.class, "opposites.fr.tsv"))
                .countries(CountryNames.resource(Vietnamese.class, "countries.tsv"))
                .writtenNames(WordList.resource(Vietnamese.class, "written-names.txt"))
                .compoundWords(WordList.resource(Vietnamese.class, "compound-words.txt"))
                .features(Feature.VIETNAMESE_SYLLABLES, Feature.FIXED_NAME_CAPITALS)
                // "ngày 16/9" is 16 September
                .dates(DateOrder.dayFirst("ngày", "từ", "đến", "hôm"))
                .build());
    }

    @Override
    public TermKeys termKeys() {
        return VietnameseKeys.INSTANCE;
    }
}
