package org.passerelle.qa.gate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.passerelle.qa.CheckDefinition;
import org.passerelle.qa.CheckRegistry;
import org.passerelle.qa.Finding;
import org.passerelle.qa.QaSummary;
import org.passerelle.qa.ReportListener;
import org.passerelle.xliff.TranslationUnit;

/**
 * Which target languages of a run no language-specific check knows (German, with no LanguageTool
 * module and no syllable checks): those files passed only the language-independent checks, and
 * the gate says so in one warning line rather than letting them pass as fully checked.
 */
public final class LanguageCoverage implements ReportListener {
    private final List<CheckDefinition> languageChecks = new ArrayList<>();
    private final Map<String, Set<String>> filesByLanguage = new LinkedHashMap<>();

    /** Coverage by the built-in checks and those of the run. */
    public LanguageCoverage() {
        started(CheckRegistry.all());
    }

    /** Checks the profile turned off count too: their language is known, the team chose not to check it. */
    @Override
    public synchronized void started(List<CheckDefinition> checks) {
        checks.stream().filter(d -> !d.languages().universal()).forEach(languageChecks::add);
    }

    @Override
    public synchronized void unit(TranslationUnit unit) {
        if (unit.targetLanguage() != null && unit.file() != null) {
            filesByLanguage.computeIfAbsent(unit.targetLanguage(), k -> new LinkedHashSet<>()).add(unit.file());
        }
    }

    @Override
    public void finding(Finding finding) {
    }

    @Override
    public void finished(QaSummary summary) {
    }

    /**
     * "no language-specific check knows target language de (2 files: a.de.xlf, b.de.xlf): only the
     * language-independent checks ran on the translation", or empty when every target language has one.
     */
    public synchronized Optional<String> warning() {
        if (languageChecks.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Set<String>> uncovered = new TreeMap<>();
        filesByLanguage.forEach((lang, files) -> {
            if (languageChecks.stream().noneMatch(d -> d.languages().covers().test(lang))) {
                uncovered.put(lang, files);
            }
        });
        if (uncovered.isEmpty()) {
            return Optional.empty();
        }
        Set<String> files = new LinkedHashSet<>();
        uncovered.values().forEach(files::addAll);
        List<String> names = files.stream().limit(3).map(LanguageCoverage::name).toList();
        String more = files.size() > names.size() ? ", …" : "";
        return Optional.of("no language-specific check knows target language" + (uncovered.size() == 1 ? " " : "s ")
                + String.join(", ", uncovered.keySet()) + " (" + files.size() + (files.size() == 1 ? " file: " : " files: ")
                + String.join(", ", names) + more + "): only the language-independent checks ran on the translation");
    }

    private static String name(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }
}
