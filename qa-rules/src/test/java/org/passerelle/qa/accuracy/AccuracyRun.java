package org.passerelle.qa.accuracy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.passerelle.core.InputException;
import org.passerelle.glossary.TbxReader;
import org.passerelle.glossary.Termbase;
import org.passerelle.qa.Finding;
import org.passerelle.qa.QaEngine;
import org.passerelle.qa.QaSummary;
import org.passerelle.qa.ReportListener;
import org.passerelle.qa.Side;

/**
 * The real engine (every check, LanguageTool, the sample termbase) over the labelled set, and what
 * it found: per unit, the target-side findings. A defect is found when the check its label names
 * reports it; a clean unit is a false alarm when any check reports anything on its target (of any
 * severity). Findings on the source are the French desk's (the copy has real errors) and count for
 * neither.
 */
public final class AccuracyRun {
    /** The sets a plain run checks: the ones the checks were tuned on (a and b), not the held-out h. */
    public static final List<String> DEFAULT_SETS = LabelledSet.DEFAULT_SETS;

    private final List<LabelledUnit> units;
    private final Map<String, List<Finding>> findings;
    private final Map<String, String> subsets;

    private AccuracyRun(List<LabelledUnit> units, Map<String, List<Finding>> findings, Map<String, String> subsets) {
        this.units = units;
        this.findings = findings;
        this.subsets = subsets;
    }

    /** The QA as a user runs it: LanguageTool checks every text, of the default sets (a and b). */
    public static AccuracyRun run() throws InputException {
        return run(LabelledSet.DEFAULT_SETS);
    }

    /** The QA as a user runs it: LanguageTool checks every text, of the given sets ("h"). */
    public static AccuracyRun run(List<String> sets) throws InputException {
        return run(null, Runtime.getRuntime().availableProcessors(), sets);
    }

    /**
     * @param cache   LanguageTool's results for the set's texts from an earlier run (a copy: the
     *                run adds to it), or null to run LanguageTool on every text
     * @param threads checking threads, each with its LanguageTool instances
     */
    public static AccuracyRun run(Path cache, int threads) throws InputException {
        return run(cache, threads, LabelledSet.DEFAULT_SETS);
    }

    /** As {@link #run(Path, int)}, on the given sets. */
    public static AccuracyRun run(Path cache, int threads, List<String> sets) throws InputException {
        List<LabelledUnit> units = new ArrayList<>();
        Map<String, String> subsets = new LinkedHashMap<>();
        for (String[] f : LabelledSet.files(sets)) {
            for (LabelledUnit u : LabelledSet.read(LabelledSet.resource(f[1]))) {
                units.add(u);
                subsets.put(u.id(), LabelledSet.subset(u, f[3]));
            }
        }
        Map<String, List<Finding>> byUnit = new LinkedHashMap<>();
        units.forEach(u -> byUnit.put(u.id(), new ArrayList<>()));
        Termbase termbase = new TbxReader().read(LabelledSet.resource("termbase.tbx"));
        ReportListener collector = new ReportListener() {
            @Override
            public void finding(Finding f) {
                if (f.side() == Side.TARGET && !f.isSuppressed()) {
                    List<Finding> list = byUnit.get(f.unit());
                    if (list == null) {
                        throw new IllegalStateException("finding on a unit without label: " + f);
                    }
                    list.add(f);
                }
            }

            @Override
            public void finished(QaSummary summary) {
            }
        };
        for (List<Path> files : LabelledSet.runs(sets)) {
            QaEngine.Builder engine = QaEngine.builder().termbase(termbase).threads(threads);
            if (cache != null) {
                engine.cacheFile(cache);
            }
            engine.build().run(files, List.of(collector));
        }
        return new AccuracyRun(units, byUnit, subsets);
    }

    /** The subsets of the run's units, in their order ("a", "b"; "h1", "h2"). */
    public List<String> subsets() {
        return subsets.values().stream().distinct().toList();
    }

    /** The units of one subset, as a run of their own for the figures. */
    public AccuracyRun subset(String name) {
        List<LabelledUnit> in = units.stream().filter(u -> subsets.get(u.id()).equals(name)).toList();
        return new AccuracyRun(in, findings, subsets);
    }

    public List<LabelledUnit> units() {
        return units;
    }

    public List<Finding> findings(LabelledUnit u) {
        return findings.get(u.id());
    }

    public boolean found(LabelledUnit u) {
        return !u.clean() && findings(u).stream().anyMatch(f -> f.check().equals(u.label()));
    }

    /** A defective unit on whose target any check reports anything: what a reviewer is shown. */
    public boolean flagged(LabelledUnit u) {
        return !u.clean() && !findings(u).isEmpty();
    }

    public boolean falseAlarm(LabelledUnit u) {
        return u.clean() && !findings(u).isEmpty();
    }

    public List<LabelledUnit> defects() {
        return units.stream().filter(u -> !u.clean()).toList();
    }

    public List<LabelledUnit> clean() {
        return units.stream().filter(LabelledUnit::clean).toList();
    }

    public double recall() {
        return defects().isEmpty() ? Double.NaN : (double) defects().stream().filter(this::found).count() / defects().size();
    }

    public double falseAlarmRate() {
        return clean().isEmpty() ? Double.NaN : (double) clean().stream().filter(this::falseAlarm).count() / clean().size();
    }

    /** Per check id: defects labelled with it, those it found, and the clean units it fired on. */
    public Map<String, int[]> perCheck() {
        Map<String, int[]> table = new TreeMap<>();
        for (LabelledUnit u : defects()) {
            int[] row = table.computeIfAbsent(u.label(), k -> new int[3]);
            row[0]++;
            if (found(u)) {
                row[1]++;
            }
        }
        for (LabelledUnit u : clean()) {
            for (String check : new TreeSet<>(findings(u).stream().map(Finding::check).toList())) {
                table.computeIfAbsent(check, k -> new int[3])[2]++;
            }
        }
        return table;
    }
}
