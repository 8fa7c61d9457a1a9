package org.passerelle.qa.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.passerelle.qa.Units.context;
import static org.passerelle.qa.Units.unit;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.passerelle.qa.CheckMatch;

class HeadlineCaseCheckTest {
    private final HeadlineCaseCheck check = new HeadlineCaseCheck();

    private List<CheckMatch> run(String lang, String source, String target) {
        return check.check(unit(lang, source, target), context());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en-US|RENFORCEMENT DE LA SOLIDARITÉ ENTRE LES FRONTS DU VIETNAM ET DU CAMBODGE|Strengthening solidarity between the Fronts of Vietnam and Cambodia",
        "vi-VN|LE SECRÉTAIRE GÉNÉRAL DU PCV PART POUR UNE VISITE D’ÉTAT AU CAMBODGE|Tổng Bí thư ĐCSVN lên đường thăm cấp Nhà nước Campuchia",
    })
    void aHeadlineInCapitalsWrittenOtherwiseIsReported(String lang, String source, String target) {
        List<CheckMatch> m = run(lang, source, target);
        assertEquals(1, m.size());
        assertEquals(target.toUpperCase(Locale.ROOT), m.get(0).suggestions().get(0));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "vi-VN|LE VIETNAM ASSISTE AU CONGRÈS INTERNATIONAL DE LA JUSTICE À CUBA|VIỆT NAM DỰ ĐẠI HỘI TƯ PHÁP QUỐC TẾ TẠI CUBA",
        "en-US|Photo : VNA/CVN|Photo: VNA/CVN",
        "en-US|VNA/CVN|VNA/CVN",
        "en-US|Renforcer la coopération de défense Vietnam - Russie|Strengthening Vietnam-Russia defense cooperation",
    })
    void otherwisePasses(String lang, String source, String target) {
        assertEquals(List.of(), run(lang, source, target));
    }
}
