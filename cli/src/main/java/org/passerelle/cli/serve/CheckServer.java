package org.passerelle.cli.serve;

import java.time.Duration;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/** The checking service on Jetty: one connector on the given address, serving the JSON API. */
public final class CheckServer implements AutoCloseable {
    /** Threads serving connections; checks themselves are bounded by the handler. */
    private static final int MAX_THREADS = 64;

    private final Server server;
    private final ServerConnector connector;

    public CheckServer(CheckService service, String host, int port, long maxBody, Duration timeout) {
        QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, 2);
        threads.setName("passerelle-serve");
        server = new Server(threads);
        connector = new ServerConnector(server);
        connector.setHost(host);
        connector.setPort(port);
        connector.setIdleTimeout(timeout.toMillis());
        server.addConnector(connector);
        int concurrent = 4 * Runtime.getRuntime().availableProcessors();
        server.setHandler(new ServiceHandler(service, maxBody, timeout, concurrent));
        server.setStopTimeout(2_000);
    }

    /** Starts listening; the port is the one asked for, or the one the system chose for port 0. */
    public int start() throws Exception {
        server.start();
        return connector.getLocalPort();
    }

    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
