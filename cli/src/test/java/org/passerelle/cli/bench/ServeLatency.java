package org.passerelle.cli.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Latency of a warm {@code passerelle serve} as its clients see it: {@code clients} concurrent
 * clients posting one unit each to /v1/check for {@code seconds}, every answer compared with the one
 * a single client got for the same text; with {@code fresh}, every text is new to LanguageTool.
 * Prints p50/p95/max in ms and the wrong answers (must be 0).
 */
public final class ServeLatency {
    private static final String[] TARGETS = {
        "The situation in the East Sea is calm.", "The situation in the South China Sea is calm.",
        "The sitaution in the East Sea is calm.", "The situation in the East Sea is clam in 2024.",
    };

    private ServeLatency() {
    }

    public static void main(String[] args) throws Exception {
        URI check = URI.create(args[0]).resolve("v1/check");
        int clients = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        boolean fresh = args.length > 3 && args[3].equals("fresh");
        HttpClient http = HttpClient.newHttpClient();
        List<String> expected = new ArrayList<>();
        for (String target : TARGETS) {
            expected.add(post(http, check, body(target)));
        }
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger wrong = new AtomicInteger();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int first = c;
            running.add(pool.submit(() -> {
                for (int i = first; System.nanoTime() < end; i++) {
                    int n = i % TARGETS.length;
                    long t = System.nanoTime();
                    // A fresh text is one LanguageTool has not seen: the cost of a real check, not of the cache.
                    String answer = post(http, check, body(fresh ? TARGETS[n].replace(".", " on day " + first + "-" + i + ".")
                            : TARGETS[n]));
                    latencies.add(System.nanoTime() - t);
                    if (!fresh && !answer.equals(expected.get(n))) {
                        wrong.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "%d clients, %d s: %d requests, p50 %.0f ms, p95 %.0f ms, max %.0f ms, %d wrong answers%n",
                clients, seconds, sorted.size(), ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 1.0), wrong.get());
    }

    private static double ms(List<Long> sorted, double q) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(q * (sorted.size() - 1)))) / 1e6;
    }

    private static String body(String target) {
        return "{\"sourceLang\":\"fr-FR\",\"targetLang\":\"en-GB\",\"id\":\"u1\","
                + "\"source\":\"La situation en Mer Orientale est calme.\",\"target\":\"" + target + "\"}";
    }

    private static String post(HttpClient http, URI uri, String body) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return r.statusCode() + " " + r.body();
    }
}
