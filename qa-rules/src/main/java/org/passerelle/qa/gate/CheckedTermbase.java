package org.passerelle.qa.gate;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.passerelle.core.InputException;
import org.passerelle.glossary.TbxReader;
import org.passerelle.glossary.Termbase;
import org.passerelle.glossary.validate.Problem;
import org.passerelle.glossary.validate.TbxValidator;

/**
 * The termbase {@code qa}, {@code prepare} and the Maven goals use, read once and validated on what
 * was read: a termbase with errors (a term both preferred and forbidden, a broken picklist) still
 * works, but its hits and term checks may mislead, so the user is told once, in one line.
 */
public final class CheckedTermbase {
    private CheckedTermbase() {
    }

    /**
     * @param warnings gets "the termbase T has 2 errors, first …; see 'passerelle glossary validate T'"
     *                 (each front end says it its own way: stderr, the Maven log)
     */
    public static Termbase read(Path file, Consumer<String> warnings) throws InputException {
        Termbase termbase = new TbxReader().read(file);
        TbxValidator validator = new TbxValidator();
        List<Problem> problems = termbase.document().isPresent()
                ? validator.validateDocument(file, termbase.document().get()) : validator.validate(file, termbase);
        List<Problem> errors = problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            warnings.accept("the termbase " + file + " has " + errors.size() + (errors.size() == 1 ? " error" : " errors")
                    + ", first " + errors.get(0).oneLine() + "; see 'passerelle glossary validate " + file + "'");
        }
        return termbase;
    }
}
