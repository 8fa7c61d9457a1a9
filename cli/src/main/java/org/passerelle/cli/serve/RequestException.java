package org.passerelle.cli.serve;

/** A request the service refuses: the HTTP status and the one-line reason the client gets. */
public final class RequestException extends Exception {
    private final int status;

    RequestException(int status, String reason) {
        super(reason);
        this.status = status;
    }

    int status() {
        return status;
    }
}
