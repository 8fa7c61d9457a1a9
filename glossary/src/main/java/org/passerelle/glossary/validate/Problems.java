package org.passerelle.glossary.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.passerelle.glossary.tbx.Located;
import org.passerelle.glossary.validate.Problem.Severity;

/** Collects the problems of one file, each placed at an element of it. */
final class Problems {
    private final Path file;
    private final List<Problem> list = new ArrayList<>();

    Problems(Path file) {
        this.file = file;
    }

    void error(String rule, Located at, String conceptId, String message) {
        add(Severity.ERROR, rule, at, conceptId, message);
    }

    void warning(String rule, Located at, String conceptId, String message) {
        add(Severity.WARNING, rule, at, conceptId, message);
    }

    private void add(Severity severity, String rule, Located at, String conceptId, String message) {
        list.add(new Problem(severity, rule, file, at == null ? 0 : at.line(), at == null ? 0 : at.column(),
                conceptId, message));
    }

    List<Problem> sorted() {
        List<Problem> copy = new ArrayList<>(list);
        copy.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return copy;
    }
}
