package org.passerelle.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import me.tongfei.progressbar.ProgressState;

/**
 * A progress bar on a terminal, silent when nobody is watching. It draws on stderr with a carriage
 * return only (never moving the cursor up), so standard output stays clean for reports, and it
 * clears its line when closed, before results are printed.
 */
public final class Progress implements AutoCloseable {
    /** No estimate before this much work is done: the first units include warm-up and mislead. */
    private static final double ESTIMATE_AFTER = 0.05;

    private final ProgressBar bar;

    private Progress(ProgressBar bar) {
        this.bar = bar;
    }

    public static Progress start(String task, long total) {
        if (!Terminal.progressBar() || total < 2) {
            return new Progress(null);
        }
        return new Progress(builder(task).setInitialMax(total).build());
    }

    /** Work without a known end ("starting LanguageTool"): the label and the time elapsed, no "?%" nor "0/?". */
    static Progress indefinite(String task) {
        if (!Terminal.progressBar()) {
            return new Progress(null);
        }
        return new Progress(builder(task).setInitialMax(-1).setRenderer((state, width) -> indefiniteLine(
                state.getTaskName(), state.getTotalElapsed(), width)).build());
    }

    /**
     * The line of work without a known end, padded to the terminal's width: the bar it replaces
     * (the files being read, units being checked) may have drawn once more after it was cleared,
     * and a carriage return alone would leave its tail ("starting LanguageTool … 0:04  ]  0/38").
     */
    static String indefiniteLine(String task, Duration elapsed, int width) {
        String line = task + " … " + elapsed(elapsed);
        return line + " ".repeat(Math.max(0, width - 1 - line.length()));
    }

    private static String elapsed(Duration d) {
        return String.format(Locale.ROOT, "%d:%02d", d.toMinutes(), d.toSecondsPart());
    }

    private static ProgressBarBuilder builder(String task) {
        return new ProgressBarBuilder().setTaskName(task).setStyle(ProgressBarStyle.ASCII).continuousUpdate()
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).clearDisplayOnFinish()
                .setEtaFunction(Progress::estimate);
    }

    /** Remaining time from the rate so far, once enough is done for the rate to mean something. */
    static Optional<Duration> estimate(ProgressState state) {
        long max = state.getMax();
        long done = state.getCurrent() - state.getStart();
        if (max <= 0 || done <= 0 || (double) state.getCurrent() / max < ESTIMATE_AFTER) {
            return Optional.empty();
        }
        long elapsed = state.getElapsedAfterStart().toMillis();
        return Optional.of(Duration.ofMillis(elapsed * (max - state.getCurrent()) / done));
    }

    /** Safe to call from several threads. */
    public synchronized void to(long done, long total) {
        if (bar != null) {
            bar.maxHint(total);
            bar.stepTo(done);
        }
    }

    public synchronized void step(String what) {
        if (bar != null) {
            bar.setExtraMessage(what);
            bar.step();
        }
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
