package org.passerelle.cli.serve;

import java.time.Duration;
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
 * a second start of LanguageTool in its own process). A warm-up that never ends (a LanguageTool
 * start that hangs) is not waited for past {@link #LIMIT}: requests are then timed as usual and get
 * their 503 instead of waiting for ever.
 */
final class WarmUp {
    /** Many times a cold start of LanguageTool on a loaded 2-core machine (about 20 s). */
    static final Duration LIMIT = Duration.ofMinutes(5);
    private static final Logger LOG = LoggerFactory.getLogger(WarmUp.class);
    private final Set<String> warming = new TreeSet<>();
    private final long startedNanos = System.nanoTime();
    private final long limitNanos;
    private long endedNanos = Long.MIN_VALUE;

    WarmUp(Duration limit) {
        this.limitNanos = limit.toNanos();
    }

    /** Nothing to start: ready at once. */
    static WarmUp none() {
        return new WarmUp(LIMIT);
    }

    /** Starts one thread per language, each creating an instance and giving it its slow first check. */
    static WarmUp start(List<String> languageTags) {
        WarmUp warmUp = new WarmUp(LIMIT);
        Proofreader proofreader = new Proofreader(true, null);
        for (String tag : languageTags) {
            if (proofreader.languageCode(tag).isEmpty()) {
                continue;
            }
            warmUp.began(tag);
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

    synchronized void began(String tag) {
        warming.add(tag);
    }

    synchronized void ended(String tag) {
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
     * the warm-up if that came later, or now while the warm-up still runs within its limit.
     */
    synchronized long timedFrom(long arrivedNanos) {
        if (!warming.isEmpty()) {
            long givenUp = startedNanos + limitNanos;
            long now = System.nanoTime();
            if (now - givenUp < 0) {
                return now;
            }
            return givenUp - arrivedNanos > 0 ? givenUp : arrivedNanos;
        }
        return endedNanos == Long.MIN_VALUE || endedNanos - arrivedNanos < 0 ? arrivedNanos : endedNanos;
    }
}
