package org.passerelle.glossary.tbx;

import java.util.Map;
import java.util.Set;

/** The TBX-Basic dialect's data categories and picklists (LTAC's TBX-Basic 1.2.1 Schematron), for validation and conversion. */
public final class TbxBasic {
    /** Element name → the types TBX-Basic allows on it. */
    public static final Map<String, Set<String>> ALLOWED_TYPES = Map.of(
            "descrip", Set.of("subjectField", "context", "definition"),
            "termNote", Set.of("administrativeStatus", "partOfSpeech", "geographicalUsage", "grammaticalGender",
                    "termLocation", "termType"),
            "admin", Set.of("customerSubset", "projectSubset", "source"),
            "ref", Set.of("crossReference"),
            "xref", Set.of("externalCrossReference", "xGraphic"),
            "transac", Set.of("transactionType"),
            "transacNote", Set.of("responsibility"));

    /** Data category → its picklist. */
    public static final Map<String, Set<String>> PICKLISTS = Map.of(
            "administrativeStatus", Set.of("preferredTerm-admn-sts", "admittedTerm-admn-sts",
                    "deprecatedTerm-admn-sts", "supersededTerm-admn-sts"),
            "partOfSpeech", Set.of("adjective", "noun", "other", "verb", "adverb"),
            "grammaticalGender", Set.of("masculine", "feminine", "neuter", "other"),
            "termType", Set.of("fullForm", "acronym", "abbreviation", "shortForm", "variant", "phrase"),
            "transactionType", Set.of("origination", "modification"));

    private TbxBasic() {
    }
}
