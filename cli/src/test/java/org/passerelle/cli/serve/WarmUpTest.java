package org.passerelle.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How long a request may wait for LanguageTool's start before its own time limit runs. */
class WarmUpTest {
    @Test
    void aRequestIsNotTimedWhileTheWarmUpRuns() {
        WarmUp warmUp = new WarmUp(Duration.ofMinutes(5));
        warmUp.began("en-US");
        long arrived = System.nanoTime() - Duration.ofSeconds(30).toNanos();
        assertTrue(warmUp.timedFrom(arrived) - System.nanoTime() >= -Duration.ofSeconds(1).toNanos(),
                "timed from now, not from its arrival 30 s ago");
        assertEquals(List.of("en-US"), warmUp.warming());
    }

    @Test
    void aRequestThatCameBeforeTheEndIsTimedFromTheEnd() {
        WarmUp warmUp = new WarmUp(Duration.ofMinutes(5));
        warmUp.began("en-US");
        long arrived = System.nanoTime();
        warmUp.ended("en-US");
        long end = warmUp.timedFrom(arrived);
        assertTrue(end - arrived >= 0, "the end of the warm-up, not the arrival");
        long later = System.nanoTime();
        assertEquals(later, warmUp.timedFrom(later), "a request after the warm-up is timed from its arrival");
        assertEquals(List.of(), warmUp.warming());
    }

    @Test
    void aWarmUpThatNeverEndsIsNotWaitedForPastItsLimit() throws InterruptedException {
        WarmUp warmUp = new WarmUp(Duration.ofMillis(50));
        warmUp.began("en-US");
        long arrived = System.nanoTime();
        Thread.sleep(200);
        long timedFrom = warmUp.timedFrom(arrived);
        long now = System.nanoTime();
        assertTrue(now - timedFrom >= Duration.ofMillis(100).toNanos(),
                "the clock runs again once the limit is past, so the request's own timeout can end it");
        assertTrue(timedFrom - arrived <= Duration.ofMillis(100).toNanos(), "timed from the limit, at most");
    }
}
