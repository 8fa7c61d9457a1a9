package org.passerelle.cli.glossary;

import java.io.PrintWriter;
import org.passerelle.glossary.Concept;
import org.passerelle.glossary.Term;

/** How a concept reads on the console: its id and subject field, then one line per term. */
final class ConceptLines {
    private ConceptLines() {
    }

    static void print(PrintWriter out, Concept c, String indent) {
        for (Term t : c.terms()) {
            out.println(indent + term(t));
        }
    }

    static void printWithHeader(PrintWriter out, Concept c) {
        out.println(c.id() + (c.subjectField() == null ? "" : " (" + c.subjectField() + ")"));
        print(out, c, "    ");
        if (c.definition() != null) {
            out.println("    definition: " + c.definition());
        }
        if (c.note() != null) {
            out.println("    note: " + c.note());
        }
    }

    /** "en: South China Sea [deprecated, fullForm]" */
    static String term(Term t) {
        return t.language() + ": " + t.text() + " [" + t.status().id() + (t.termType() == null ? "" : ", " + t.termType()) + "]";
    }
}
