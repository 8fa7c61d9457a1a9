package org.passerelle.qa;

import java.util.List;
import org.passerelle.glossary.Concept;
import org.passerelle.glossary.Term;
import org.passerelle.glossary.TermStatus;
import org.passerelle.glossary.Termbase;
import org.passerelle.qa.languagetool.Proofreader;

/** The desk's three fixed equivalents (docs/design.md, Termbase), built in memory. */
public final class Termbases {
    public static final Termbase FIXED = new Termbase("fr", List.of(
            new Concept("c1", null, null, null, List.of(
                    new Term("Partenariat stratégique intégral", "fr", TermStatus.PREFERRED, "fullForm"),
                    new Term("Comprehensive Strategic Partnership", "en", TermStatus.PREFERRED, "fullForm"),
                    new Term("Đối tác chiến lược toàn diện", "vi", TermStatus.PREFERRED, "fullForm"))),
            new Concept("c2", null, null, null, List.of(
                    new Term("CNUDM", "fr", TermStatus.PREFERRED, "acronym"),
                    new Term("Convention des Nations unies sur le droit de la mer", "fr", TermStatus.PREFERRED, "fullForm"),
                    new Term("UNCLOS", "en", TermStatus.PREFERRED, "acronym"),
                    new Term("United Nations Convention on the Law of the Sea", "en", TermStatus.ADMITTED, "fullForm"))),
            new Concept("c3", null, null, null, List.of(
                    new Term("Mer Orientale", "fr", TermStatus.PREFERRED, "fullForm"),
                    new Term("East Sea", "en", TermStatus.PREFERRED, "fullForm"),
                    new Term("South China Sea", "en", TermStatus.DEPRECATED, "fullForm"),
                    new Term("Biển Đông", "vi", TermStatus.PREFERRED, "fullForm"),
                    new Term("Biển Nam Trung Hoa", "vi", TermStatus.DEPRECATED, "fullForm")))));

    private Termbases() {
    }

    public static CheckContext context(Termbase tb) {
        return new CheckContext(Profile.defaults(), tb, new Proofreader(true, "en-US"));
    }
}
