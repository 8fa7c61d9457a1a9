package org.passerelle.qa.interop;

import java.util.LinkedHashMap;
import java.util.Map;

/** The assertions evaluated on one corpus file: each passed (null) or failed with what was seen. */
final class Outcome {
    private final Map<String, String> results = new LinkedHashMap<>();

    void check(String assertion, boolean holds, String failure) {
        results.put(assertion, holds ? null : failure);
    }

    void fail(String assertion, String failure) {
        results.put(assertion, failure);
    }

    void pass(String assertion) {
        results.put(assertion, null);
    }

    /** Assertion name to failure, null when it held; assertions not evaluated are absent. */
    Map<String, String> results() {
        return results;
    }
}
