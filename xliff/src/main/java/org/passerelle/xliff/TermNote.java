package org.passerelle.xliff;

import java.util.List;

/**
 * One termbase concept found in a unit's source, as the translator must see it.
 *
 * @param conceptId the TBX concept id
 * @param source    the source term as the termbase writes it ("Mer Orientale")
 * @param preferred allowed target terms, preferred first ("East Sea")
 * @param forbidden deprecated or superseded target terms ("South China Sea")
 */
public record TermNote(String conceptId, String source, List<String> preferred, List<String> forbidden) {

    static final String PREFIX = "Term: ";

    /** "Term: Mer Orientale → East Sea (forbidden: South China Sea)". */
    String text() {
        StringBuilder sb = new StringBuilder(PREFIX).append(source).append(" → ");
        sb.append(preferred.isEmpty() ? "(no approved translation)" : String.join(" / ", preferred));
        if (!forbidden.isEmpty()) {
            sb.append(" (forbidden: ").append(String.join(", ", forbidden)).append(')');
        }
        return sb.toString();
    }
}
