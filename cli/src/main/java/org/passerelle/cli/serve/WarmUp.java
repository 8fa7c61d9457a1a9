package org.passerelle.cli.serve;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.passerelle.core.lang.LanguageSupports;
import org.passerelle.qa.languagetool.Proofreader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service's start of LanguageTool for its {@code --warm-up} languages, in the background, and
 * when it ended: while it runs, the health says which languages are still starting, and a request's
 * time limit does not count it (a client that came early waits for the warm-up, not for a 503 and
 * a second start of LanguageTool in its own process).
 */
final class WarmUp {
    private static final Logger LOG = LoggerFactory.getLogger(WarmUp.class);
    private final Set<String> warming = new TreeSet<>();
    private long endedNanos = Long.MIN_VALUE;

    /** Nothing to start: ready at once. */
    static WarmUp none() {
        return new WarmUp();
    }

    /** Starts one thread per language, each creating an instance and giving it its slow first check. */
    static WarmUp start(List<String> languageTags) {
        WarmUp warmUp = new WarmUp();
        Proofreader proofreader = new Proofreader(true, null);
        for (String tag : languageTags) {
            if (proofreader.languageCode(tag).isEmpty()) {
                continue;
            }
            warmUp.warming.add(tag);
            Thread t = new Thread(() -> {
                String text = LanguageSupports.of(tag).warmUpText();
                try {
                    // Any text makes LanguageTool start; a language's own sentence also pays its slow first check.
                    proofreader.check(tag, text.isBlank() ? "." : text);
                } catch (RuntimeException e) {
                    LOG.warn("LanguageTool {} did not start: {}", tag, e.toString());
                } finally {
                    warmUp.ended(tag);
                }
            }, "passerelle-serve-warm-up-" + tag);
            t.setDaemon(true);
            t.start();
        }
        return warmUp;
    }

    private synchronized void ended(String tag) {
        warming.remove(tag);
        if (warming.isEmpty()) {
            endedNanos = System.nanoTime();
        }
    }

    /** The languages still starting, sorted. */
    synchronized List<String> warming() {
        return List.copyOf(warming);
    }

    /**
     * From when a request that arrived at {@code arrivedNanos} is timed: its arrival, or the end of
     * the warm-up if that came later, or now while the warm-up still runs.
     */
    synchronized long timedFrom(long arrivedNanos) {
        if (!warming.isEmpty()) {
            return System.nanoTime();
        }
        return endedNanos == Long.MIN_VALUE || endedNanos - arrivedNanos < 0 ? arrivedNanos : endedNanos;
    }
}
