package org.passerelle.lang.vi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.passerelle.core.lang.Feature;
import org.passerelle.core.lang.LanguageSupport;
import org.passerelle.core.lang.LanguageSupports;

class VietnameseTest {
    private final LanguageSupport vietnamese = LanguageSupports.of("vi-VN");

    @Test
    void isFoundThroughTheServiceLoaderWithoutLanguageTool() {
        assertInstanceOf(Vietnamese.class, vietnamese);
        assertEquals(Optional.empty(), vietnamese.languageToolCode("vi"));
        assertTrue(vietnamese.reduplicates());
        assertTrue(vietnamese.has(Feature.VIETNAMESE_SYLLABLES));
    }

    @Test
    void bothToneMarkStylesAndBothNormalFormsGetOneKey() {
        String key = vietnamese.termKeys().termKey("hoà", false);
        assertEquals(key, vietnamese.termKeys().termKey("hòa", false));
        assertEquals(key, vietnamese.termKeys().termKey(Normalizer.normalize("Hòa", Normalizer.Form.NFD), false));
    }
}
