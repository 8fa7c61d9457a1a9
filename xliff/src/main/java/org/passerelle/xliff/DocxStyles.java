package org.passerelle.xliff;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The styles part of a published DOCX: Word's built-in Normal, Title, Subtitle, heading 1 and
 * caption (their ids and names are the ones Word and LibreOffice map to their own, so the
 * document's outline, navigation pane and caption list work), and the document language as the
 * default of every run, so the spelling checker picks the right dictionary.
 */
final class DocxStyles {

    static final String NORMAL = "Normal";
    static final String TITLE = "Title";
    static final String SUBTITLE = "Subtitle";
    static final String HEADING = "Heading1";
    static final String CAPTION = "Caption";

    private DocxStyles() {
    }

    static void addTo(XWPFDocument doc, String language) {
        XWPFStyles styles = doc.createStyles();
        CTFonts fonts = CTFonts.Factory.newInstance();
        // Fonts that draw every Vietnamese letter; Word substitutes when they are missing.
        fonts.setAscii("Times New Roman");
        fonts.setHAnsi("Times New Roman");
        fonts.setCs("Times New Roman");
        styles.setDefaultFonts(fonts);
        styles.setSpellingLanguage(language);
        styles.addStyle(style(NORMAL, "Normal", null, 22, false, false));
        styles.addStyle(style(TITLE, "Title", null, 40, true, false));
        styles.addStyle(style(SUBTITLE, "Subtitle", null, 20, false, true));
        styles.addStyle(style(HEADING, "heading 1", 1, 28, true, false));
        styles.addStyle(style(CAPTION, "caption", null, 18, false, true));
    }

    /** @param sizeHalfPoints font size in half points, as WordprocessingML counts */
    private static XWPFStyle style(String id, String name, Integer outlineLevel, int sizeHalfPoints, boolean bold,
                                   boolean italic) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setType(STStyleType.PARAGRAPH);
        s.setStyleId(id);
        s.addNewName().setVal(name);
        if (!id.equals(NORMAL)) {
            s.addNewBasedOn().setVal(NORMAL);
            s.addNewNext().setVal(NORMAL);
        } else {
            s.setDefault(true);
        }
        s.addNewQFormat();
        CTPPrGeneral p = s.addNewPPr();
        p.addNewSpacing().setAfter(BigInteger.valueOf(id.equals(TITLE) ? 240 : 160));
        if (outlineLevel != null || id.equals(TITLE)) {
            p.addNewKeepNext();
        }
        if (outlineLevel != null) {
            p.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel - 1L));
        }
        CTRPr r = s.addNewRPr();
        r.addNewSz().setVal(BigInteger.valueOf(sizeHalfPoints));
        if (bold) {
            r.addNewB();
        }
        if (italic) {
            r.addNewI();
        }
        return new XWPFStyle(s);
    }
}
