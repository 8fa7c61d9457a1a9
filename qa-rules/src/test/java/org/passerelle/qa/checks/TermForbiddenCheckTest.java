package org.passerelle.qa.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.passerelle.qa.Units.unit;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.glossary.TbxReader;
import org.passerelle.qa.CheckContext;
import org.passerelle.qa.CheckMatch;
import org.passerelle.qa.Side;
import org.passerelle.qa.Termbases;

class TermForbiddenCheckTest {
    private static final CheckContext CONTEXT = Termbases.context(Termbases.FIXED);
    private final TermForbiddenCheck check = new TermForbiddenCheck();

    @Test
    void forbiddenEnglishTermIsReportedWhereItStands() {
        String target = "the Declaration on the Conduct of Parties in the South China Sea (DOC)";
        List<CheckMatch> m = check.check(unit("en-GB", "la Déclaration sur la conduite des parties en Mer Orientale (DOC)",
                target), CONTEXT);
        assertEquals(1, m.size());
        CheckMatch f = m.get(0);
        assertEquals(Side.TARGET, f.side());
        assertEquals("South China Sea", target.substring(f.offset(), f.offset() + f.length()));
        assertEquals("'South China Sea' is a forbidden term; use 'East Sea' (Mer Orientale)", f.message());
        assertEquals(List.of("East Sea"), f.suggestions());
    }

    @Test
    void forbiddenVietnameseTermIsReported() {
        String target = "Tuyên bố về ứng xử của các bên ở Biển Nam Trung Hoa";
        List<CheckMatch> m = check.check(unit("vi-VN", "en Mer Orientale", target), CONTEXT);
        assertEquals(1, m.size());
        assertEquals(List.of("Biển Đông"), m.get(0).suggestions());
        assertEquals("Biển Nam Trung Hoa", target.substring(m.get(0).offset(), m.get(0).offset() + m.get(0).length()));
    }

    @Test
    void preferredTermsPass() {
        assertEquals(List.of(), check.check(unit("en-GB", "en Mer Orientale", "in the East Sea"), CONTEXT));
        assertEquals(List.of(), check.check(unit("vi-VN", "en Mer Orientale", "ở Biển Đông"), CONTEXT));
    }

    @Test
    void sampleTermbaseFromTbxForbidsTheSameTerms() throws Exception {
        Path tbx = Path.of(getClass().getResource("/org/passerelle/qa/termbase.tbx").toURI());
        CheckContext context = Termbases.context(new TbxReader().read(tbx));
        List<CheckMatch> m = check.check(unit("en-US", "les eaux de la Mer Orientale", "the waters of the South China Sea"), context);
        assertEquals(1, m.size());
        assertEquals(List.of("East Sea"), m.get(0).suggestions());
    }
}
