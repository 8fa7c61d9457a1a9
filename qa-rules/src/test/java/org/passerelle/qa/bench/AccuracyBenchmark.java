package org.passerelle.qa.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.passerelle.qa.Finding;
import org.passerelle.qa.accuracy.AccuracyRun;
import org.passerelle.qa.accuracy.LabelledUnit;

/**
 * Recall and false alarms of the QA, per check and overall, on the labelled set (real sentences
 * of the seed articles, en-US and Vietnamese, half clean, half with one planted defect): the real
 * engine with LanguageTool and the sample termbase. Then every defect missed and every false alarm,
 * with what was (or was not) reported. Not a test: run it with {@code ./bench accuracy} (sets a and
 * b, the ones the checks were tuned on) or {@code ./bench accuracy h} (the held-out set, figures for
 * its subsets h1 and h2 and overall); several set names may be given.
 */
public final class AccuracyBenchmark {

    private AccuracyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> sets = args.length == 0 ? AccuracyRun.DEFAULT_SETS : List.of(args);
        long start = System.nanoTime();
        AccuracyRun run = AccuracyRun.run(sets);
        System.out.printf(Locale.ROOT, "labelled set %s: %d units, %d clean, %d with one planted defect (QA in %.1f s)%n%n",
                String.join("+", sets), run.units().size(), run.clean().size(), run.defects().size(),
                (System.nanoTime() - start) / 1e9);
        List<String> subsets = run.subsets();
        if (subsets.size() > 1 && !sets.equals(AccuracyRun.DEFAULT_SETS)) {
            for (String subset : subsets) {
                AccuracyRun part = run.subset(subset);
                System.out.printf(Locale.ROOT, "subset %s: %d units, %d clean, %d with one defect%n", subset,
                        part.units().size(), part.clean().size(), part.defects().size());
                table(part);
            }
            System.out.println("all subsets:");
        }
        table(run);
        for (LabelledUnit u : run.defects()) {
            if (!run.found(u)) {
                System.out.println("MISSED " + u.id() + " (" + u.label() + ": " + u.note() + ")" + reported(run, u));
            }
        }
        for (LabelledUnit u : run.clean()) {
            if (run.falseAlarm(u)) {
                System.out.println("FALSE ALARM " + u.id() + " (" + u.note() + ")" + reported(run, u));
            }
        }
    }

    private static void table(AccuracyRun run) {
        System.out.printf(Locale.ROOT, "%-24s %8s %6s %7s   %s%n", "check", "defects", "found", "recall",
                "false alarms on " + run.clean().size() + " clean units");
        for (Map.Entry<String, int[]> e : run.perCheck().entrySet()) {
            int[] row = e.getValue();
            System.out.printf(Locale.ROOT, "%-24s %8d %6d %7s   %d (%.1f%%)%n", e.getKey(), row[0], row[1],
                    row[0] == 0 ? "-" : String.format(Locale.ROOT, "%.0f%%", 100.0 * row[1] / row[0]), row[2],
                    100.0 * row[2] / run.clean().size());
        }
        long found = run.defects().stream().filter(run::found).count();
        long alarms = run.clean().stream().filter(run::falseAlarm).count();
        System.out.printf(Locale.ROOT, "%-24s %8d %6d %6.0f%%   %d (%.1f%%)%n", "overall", run.defects().size(), found,
                100 * run.recall(), alarms, 100 * run.falseAlarmRate());
        // The gate's own view: a defective unit stops or warns the reviewer whichever check fires,
        // the same rule by which any finding on a clean unit is a false alarm.
        long flagged = run.defects().stream().filter(run::flagged).count();
        System.out.printf(Locale.ROOT, "%-24s %8d %6d %6.0f%%   (defective units with any finding)%n%n", "flagged",
                run.defects().size(), flagged, 100.0 * flagged / run.defects().size());
    }

    private static String reported(AccuracyRun run, LabelledUnit u) {
        StringBuilder s = new StringBuilder();
        for (Finding f : run.findings(u)) {
            s.append("\n    ").append(f.severity().id()).append(' ').append(f.check()).append(": ").append(f.message());
        }
        return s.isEmpty() ? "\n    (nothing reported)" : s.toString();
    }
}
