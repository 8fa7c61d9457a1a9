package org.passerelle.qa.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.passerelle.qa.CheckDefinition;
import org.passerelle.qa.CheckRegistry;
import org.passerelle.qa.Profile;
import org.passerelle.qa.QaEngine;
import org.passerelle.xliff.TranslationUnit;

/**
 * Milliseconds each check takes alone on generated translated units, one thread, LanguageTool's
 * checks left out: where the time of a run without LanguageTool goes. Each check runs twice and the
 * second run is printed (the first warms the JIT and the language data up). Not a test: run it with
 * {@code ./bench checks [units] [check...]}.
 */
public final class CheckBenchmark {

    private CheckBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        List<TranslationUnit> units = GeneratedCorpus.units(count);
        List<String> all = CheckRegistry.all().stream().map(CheckDefinition::id).toList();
        List<String> ids = args.length > 1 ? List.of(args).subList(1, args.length)
                : all.stream().filter(id -> !id.equals("spelling") && !id.equals("grammar")).toList();
        Profile none = Profile.defaults();
        for (String id : all) {
            none = none.with(id + ".enabled", "false");
        }
        int segments = units.stream().mapToInt(u -> u.segments().size()).sum();
        System.out.printf(Locale.ROOT, "corpus: %d units, %d segments, 1 thread%n", count, segments);
        List<Object[]> times = new ArrayList<>();
        for (String id : ids) {
            Profile alone = none.with(id + ".enabled", "true");
            time(alone, units);
            times.add(new Object[] {id, time(alone, units)});
        }
        times.sort(Comparator.comparingDouble(t -> -(double) t[1]));
        double total = 0;
        for (Object[] t : times) {
            System.out.printf(Locale.ROOT, "%-24s %7.0f ms%n", t[0], (double) t[1]);
            total += (double) t[1];
        }
        System.out.printf(Locale.ROOT, "%-24s %7.0f ms (%.0f segments/s)%n", "all of them", total, segments / total * 1000);
        System.out.printf(Locale.ROOT, "%-24s %7.0f ms%n", "none (the engine alone)", time(none, units));
    }

    private static double time(Profile profile, List<TranslationUnit> units) {
        long start = System.nanoTime();
        QaEngine.builder().profile(profile).threads(1).build().check(units, List.of());
        return (System.nanoTime() - start) / 1e6;
    }
}
