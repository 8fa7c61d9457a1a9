package org.passerelle.qa.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.passerelle.core.AtomicFile;
import org.passerelle.qa.CheckDefinition;
import org.passerelle.qa.Finding;
import org.passerelle.qa.IssueType;
import org.passerelle.qa.QaSummary;
import org.passerelle.qa.ReportListener;
import org.passerelle.xliff.TranslationUnit;

/**
 * {@code --format xliff}: a copy of each XLIFF file checked, under the report directory
 * ({@code DIR/qa-xliff/<path of the file>}), with the findings that count as notes on their units
 * and as ITS 2.0 Localization Quality Issue marks on the target text, so that the translator sees
 * them in OmegaT, Okapi or Trados. Files that could not be read are not copied.
 */
public final class XliffReport implements ReportListener {
    private final ReportOutput output;
    private final Map<String, IssueType> categories = new HashMap<>();
    private final Map<String, Map<String, XliffAnnotator.UnitFindings>> files = new LinkedHashMap<>();
    private TranslationUnit current;

    /** @param output the directory the copies go into */
    public XliffReport(ReportOutput output) {
        this.output = output;
    }

    @Override
    public void started(List<CheckDefinition> checks) {
        checks.forEach(d -> categories.put(d.id(), d.category()));
    }

    @Override
    public void unit(TranslationUnit unit) {
        current = unit;
        files.computeIfAbsent(unit.file(), k -> new LinkedHashMap<>());
    }

    @Override
    public void finding(Finding f) {
        if (f.isSuppressed() || current == null || !current.id().equals(f.unit()) || !current.file().equals(f.file())) {
            return;
        }
        files.get(f.file()).computeIfAbsent(f.unit(), k -> new XliffAnnotator.UnitFindings(current, new ArrayList<>()))
                .findings().add(f);
    }

    @Override
    public void finished(QaSummary summary) throws IOException {
        XliffAnnotator annotator = new XliffAnnotator(f -> QualityIssue.of(f, categories.get(f.check())));
        for (Map.Entry<String, Map<String, XliffAnnotator.UnitFindings>> file : files.entrySet()) {
            AtomicFile.write(copyOf(file.getKey()), out -> annotator.annotate(Path.of(file.getKey()), file.getValue(), out));
        }
    }

    /** Where the copy of {@code file} goes: its path as given under the directory, without "..", "." or a root. */
    Path copyOf(String file) {
        Path normalized = Path.of("");
        for (Path part : Path.of(file).normalize()) {
            if (!part.toString().equals("..") && !part.toString().equals(".")) {
                normalized = normalized.resolve(part);
            }
        }
        return output.path().resolve(normalized);
    }
}
