package org.passerelle.qa.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.passerelle.xliff.SegmentPair;
import org.passerelle.xliff.TranslationState;
import org.passerelle.xliff.TranslationUnit;

/**
 * Translated units generated from news-like French/English/Vietnamese sentence templates, varied
 * enough (numbers, countries, months) that nearly every segment text is distinct, as in a real
 * corpus. A fixed seed makes runs comparable.
 */
final class GeneratedCorpus {
    private static final String[][] COUNTRIES = {
        {"la Russie", "Russia", "Nga"}, {"le Japon", "Japan", "Nhật Bản"}, {"l'Inde", "India", "Ấn Độ"},
        {"la France", "France", "Pháp"}, {"le Laos", "Laos", "Lào"}, {"le Cambodge", "Cambodia", "Campuchia"},
        {"l'Australie", "Australia", "Australia"}, {"la Corée", "Korea", "Hàn Quốc"}, {"Singapour", "Singapore", "Singapore"},
        {"l'Indonésie", "Indonesia", "Indonesia"}, {"la Thaïlande", "Thailand", "Thái Lan"}, {"le Brésil", "Brazil", "Brazil"}};
    private static final String[][] MONTHS = {
        {"janvier", "January"}, {"février", "February"}, {"mars", "March"}, {"avril", "April"}, {"mai", "May"},
        {"juin", "June"}, {"juillet", "July"}, {"août", "August"}, {"septembre", "September"}, {"octobre", "October"},
        {"novembre", "November"}, {"décembre", "December"}};
    /** French, English, Vietnamese; {c} country, {n} number, {y} year, {d} day, {m} month. */
    private static final String[][] TEMPLATES = {
        {"Le Vietnam et {c} ont signé {n} accords de coopération en {y}.",
            "Vietnam and {c} signed {n} cooperation agreements in {y}.",
            "Việt Nam và {c} đã ký {n} thỏa thuận hợp tác vào năm {y}."},
        {"La délégation de {c} effectue une visite officielle du {d} au {d2} {m}.",
            "The delegation of {c} is paying an official visit from {d} to {d2} {m}.",
            "Đoàn đại biểu {c} thăm chính thức từ ngày {d} đến ngày {d2} tháng {mn}."},
        {"Les échanges commerciaux avec {c} ont atteint {n} millions de dollars.",
            "Trade with {c} reached {n} million dollars.",
            "Kim ngạch thương mại với {c} đạt {n} triệu đô la."},
        {"Les ministères de la Défense ont organisé {n} activités en {y}.",
            "The defence ministries organised {n} activities in {y}.",
            "Bộ Quốc phòng hai nước đã tổ chức {n} hoạt động trong năm {y}."},
        {"Les dirigeants des deux pays ont maintenu des contacts de haut niveau depuis {y}.",
            "The leaders of the two countries have maintained high-level contacts since {y}.",
            "Lãnh đạo hai nước duy trì tiếp xúc cấp cao từ năm {y}."},
        {"Plus de {n} étudiants vietnamiens font leurs études en {c2}.",
            "More than {n} Vietnamese students are studying in {c}.",
            "Hơn {n} sinh viên Việt Nam đang học tập tại {c}."},
        {"Le {d} {m}, le ministre a reçu l'ambassadeur de {c}.",
            "On {d} {m}, the minister received the ambassador of {c}.",
            "Ngày {d} tháng {mn}, Bộ trưởng đã tiếp Đại sứ {c}."},
        {"Les deux parties ont souligné l'importance de la paix et de la stabilité dans la région.",
            "The two sides stressed the importance of peace and stability in the region ({n}).",
            "Hai bên nhấn mạnh tầm quan trọng của hòa bình và ổn định trong khu vực ({n})."},
    };

    private GeneratedCorpus() {
    }

    static List<TranslationUnit> units(int count) {
        Random random = new Random(20191021L);
        List<TranslationUnit> units = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            boolean vi = i % 5 == 4;
            String[] a = TEMPLATES[random.nextInt(TEMPLATES.length)];
            String[] b = TEMPLATES[random.nextInt(TEMPLATES.length)];
            String[] fill = fill(random);
            List<SegmentPair> segments = List.of(
                    new SegmentPair("1", apply(a[0], fill, 0), apply(a[vi ? 2 : 1], fill, vi ? 2 : 1), List.of(), List.of()),
                    new SegmentPair("2", apply(b[0], fill, 0), apply(b[vi ? 2 : 1], fill, vi ? 2 : 1), List.of(), List.of()));
            units.add(TranslationUnit.builder().file("bench-" + (i / 500) + (vi ? ".vi.xlf" : ".en.xlf")).id("u" + i)
                    .languages("fr-FR", vi ? "vi-VN" : "en-GB").state(TranslationState.TRANSLATED).segments(segments).build());
        }
        return units;
    }

    private static String[] fill(Random random) {
        int c = random.nextInt(COUNTRIES.length);
        int m = random.nextInt(MONTHS.length);
        int d = 1 + random.nextInt(25);
        return new String[] {String.valueOf(c), String.valueOf(2 + random.nextInt(3000)), String.valueOf(1990 + random.nextInt(35)),
            String.valueOf(d), String.valueOf(d + 1 + random.nextInt(3)), String.valueOf(m)};
    }

    private static String apply(String template, String[] fill, int lang) {
        String[] country = COUNTRIES[Integer.parseInt(fill[0])];
        int month = Integer.parseInt(fill[5]);
        String countryIn = country[0].replaceFirst("^(la |le |l')", "");
        return template.replace("{c2}", countryIn).replace("{c}", country[lang]).replace("{n}", fill[1]).replace("{y}", fill[2])
                .replace("{d2}", fill[4]).replace("{d}", fill[3]).replace("{mn}", String.valueOf(month + 1))
                .replace("{m}", lang == 2 ? String.valueOf(month + 1) : MONTHS[month][lang]);
    }
}
