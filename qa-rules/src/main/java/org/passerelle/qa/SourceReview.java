package org.passerelle.qa;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.passerelle.core.InputException;

/**
 * The QA of the French copy alone, for the desk before translation starts: the checks that judge
 * the source (spelling, grammar, punctuation, doubled words: those whose definition has a source
 * severity) over prepared XLIFF files, each problem once per source text however many target
 * languages the article was prepared for.
 */
public final class SourceReview {
    private SourceReview() {
    }

    /** The checks that report on the source. */
    public static List<CheckDefinition> checks() {
        return CheckRegistry.all().stream().filter(d -> d.sourceSeverity().isPresent()).toList();
    }

    /**
     * The source-side findings of {@code files}, in file and unit order.
     *
     * @throws InputException when a path does not exist
     */
    public static List<Finding> of(List<Path> files, Profile profile) throws InputException {
        List<Finding> found = new ArrayList<>();
        QaEngine.builder().profile(profile).checks(checks()).build().run(files, List.of(new ReportListener() {
            @Override
            public void finding(Finding f) {
                if (f.side() == Side.SOURCE && !f.isSuppressed()) {
                    found.add(f);
                }
            }

            @Override
            public void finished(QaSummary summary) {
            }
        }));
        return found;
    }
}
