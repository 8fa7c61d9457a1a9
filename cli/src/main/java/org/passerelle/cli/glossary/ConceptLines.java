package org.passerelle.cli.glossary;

import java.io.PrintWriter;
import org.passerelle.glossary.Concept;
import org.passerelle.glossary.Term;

/** How a concept reads on the console: one line per term, grouped by language. */
final class ConceptLines {
    private ConceptLines() {
    }

    static void print(PrintWriter out, Concept c, String indent) {
        for (Term t : c.terms()) {
            out.println(indent + t.language() + ": " + t.text() + " [" + t.status().id()
                    + (t.termType() == null ? "" : ", " + t.termType()) + "]");
        }
    }
}
