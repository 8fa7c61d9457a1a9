package org.passerelle.cli.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.passerelle.core.InputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JSON API over HTTP: routes, body limits, a bound on checks running at once and on how long
 * one may take, and a one-line {@code {"error": "..."}} with a 4xx for every bad request (a 5xx
 * only for the service's own trouble).
 */
final class ServiceHandler extends Handler.Abstract {
    private static final Logger LOG = LoggerFactory.getLogger(ServiceHandler.class);
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private final CheckService service;
    private final long maxBody;
    private final Duration timeout;
    private final Semaphore running;
    private final ExecutorService checks;

    ServiceHandler(CheckService service, long maxBody, Duration timeout, int concurrent) {
        this.service = service;
        this.maxBody = maxBody;
        this.timeout = timeout;
        this.running = new Semaphore(concurrent);
        this.checks = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "passerelle-serve-check");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = 200;
        Object body;
        try {
            body = route(request);
        } catch (RequestException e) {
            status = e.status();
            body = Map.of("error", e.getMessage());
        } catch (InputException e) {
            status = 400;
            body = Map.of("error", e.oneLine());
        } catch (RuntimeException e) {
            LOG.error("request {} {} failed", request.getMethod(), request.getHttpURI().getPath(), e);
            status = 500;
            body = Map.of("error", "internal error: " + e);
        }
        byte[] bytes;
        try {
            bytes = JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            status = 500;
            bytes = "{\"error\":\"cannot write the answer\"}".getBytes(StandardCharsets.UTF_8);
        }
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        response.write(true, ByteBuffer.wrap(bytes), callback);
        return true;
    }

    private Object route(Request request) throws RequestException, InputException {
        String path = request.getHttpURI().getPath();
        String method = request.getMethod();
        switch (path) {
            case "/v1/health" -> {
                requireMethod(method, "GET");
                return service.health();
            }
            case "/v1/version" -> {
                requireMethod(method, "GET");
                return CheckService.version();
            }
            case "/v1/check" -> {
                requireMethod(method, "POST");
                CheckRequests.Units units = parse(request, CheckRequests.Units.class);
                return bounded(() -> service.check(units));
            }
            case "/v1/check-files" -> {
                requireMethod(method, "POST");
                CheckRequests.Files files = parse(request, CheckRequests.Files.class);
                return bounded(() -> service.check(files));
            }
            default -> throw new RequestException(404, "no such endpoint: " + path
                    + " (GET /v1/health, GET /v1/version, POST /v1/check, POST /v1/check-files)");
        }
    }

    private static void requireMethod(String method, String expected) throws RequestException {
        if (!expected.equals(method)) {
            throw new RequestException(405, "use " + expected + ", not " + method);
        }
    }

    private <T> T parse(Request request, Class<T> type) throws RequestException {
        long declared = request.getLength();
        String text;
        // A body sent in chunks declares no length: read at most one byte past the limit to tell.
        try (InputStream in = Content.Source.asInputStream(request)) {
            if (declared > maxBody) {
                discardSomeOf(in);
                throw new RequestException(413, "the body is " + declared + " bytes; the limit is " + maxBody);
            }
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBody + 1));
            if (bytes.length > maxBody) {
                discardSomeOf(in);
                throw new RequestException(413, "the body is larger than the limit of " + maxBody + " bytes");
            }
            text = new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RequestException(400, "cannot read the body: " + e.getMessage());
        }
        if (text.isBlank()) {
            throw new RequestException(400, "the body is empty; send a JSON object");
        }
        try {
            T value = JSON.readValue(text, type);
            if (value == null) {
                throw new RequestException(400, "send a JSON object, not null");
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            throw new RequestException(400, "unknown field '" + e.getPropertyName() + "'");
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new RequestException(400, "malformed JSON" + (at == null ? "" : " at line " + at.getLineNr()
                    + ", column " + at.getColumnNr()) + ": " + e.getOriginalMessage().replaceAll("\\s+", " "));
        }
    }

    /**
     * Reads and drops what is left of a body that is too large, up to a bound: a client still
     * uploading when the server answers and closes gets a reset instead of the 413. Past the bound
     * the connection is closed anyway, so a hostile upload costs at most that much reading.
     */
    private void discardSomeOf(InputStream in) throws IOException {
        long bound = Math.max(maxBody * 16, 1L << 20);
        long dropped = 0;
        byte[] buffer = new byte[8192];
        for (int n; dropped < bound && (n = in.read(buffer)) > 0; ) {
            dropped += n;
        }
    }

    private interface Check<T> {
        T run() throws RequestException, InputException;
    }

    /**
     * The check's answer within the timeout, counted from its arrival or, if LanguageTool's warm-up
     * ended later, from then: a request that came while the service was starting is not its fault.
     */
    private <T> T answer(Future<T> future, long arrived) throws InterruptedException, ExecutionException,
            RequestException {
        while (true) {
            long left = service.timedFrom(arrived) + timeout.toNanos() - System.nanoTime();
            if (left <= 0) {
                throw new RequestException(503, "the check took longer than " + timeout.toSeconds() + " s");
            }
            try {
                return future.get(left, TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                // the limit may have moved on: the warm-up may still run, or have ended since the request came
            }
        }
    }

    /** Runs a check within the bounds: at most so many at once, each answered within the timeout. */
    private <T> T bounded(Check<T> check) throws RequestException, InputException {
        try {
            if (!running.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new RequestException(503, "busy: every checking slot stayed taken for " + timeout.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RequestException(503, "interrupted");
        }
        Future<T> future = checks.submit(() -> {
            try {
                return check.run();
            } finally {
                running.release();
            }
        });
        try {
            return answer(future, System.nanoTime());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RequestException(503, "interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RequestException re) {
                throw re;
            }
            if (cause instanceof InputException ie) {
                throw ie;
            }
            if (cause instanceof IllegalArgumentException iae && iae.getCause() instanceof InputException ie) {
                throw ie;
            }
            throw cause instanceof RuntimeException re ? re : new IllegalStateException(cause);
        }
    }
}
