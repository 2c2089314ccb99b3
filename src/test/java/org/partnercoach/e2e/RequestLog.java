package org.partnercoach.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Every request the bot made, in order; tests wait (with a timeout, always) for the one they expect. */
final class RequestLog {

    private final List<Recorded> requests = new ArrayList<>();

    synchronized Recorded add(String method, String path, String query, JsonNode body, int status) {
        Recorded r = new Recorded(requests.size(), method, path, query, body, status);
        requests.add(r);
        notifyAll();
        return r;
    }

    synchronized List<Recorded> all() {
        return List.copyOf(requests);
    }

    synchronized int size() {
        return requests.size();
    }

    /** The first request at or after {@code from} that matches; fails the test after {@code timeout}. */
    synchronized Recorded await(int from, Predicate<Recorded> wanted, String what, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (int i = from; i < requests.size(); i++) {
                if (wanted.test(requests.get(i))) {
                    return requests.get(i);
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("the bot did not send " + what + " within " + timeout
                        + "; it sent: " + requests.subList(from, requests.size()));
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
        }
    }
}
