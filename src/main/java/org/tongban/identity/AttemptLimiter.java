package org.tongban.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Counts attempts per key in fixed windows, in memory. It guards one instance; limits that must hold
 * across instances (per account, per mobile number) live in the database instead.
 */
final class AttemptLimiter {

    private record Window(long start, int count) {
    }

    private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();
    private final int limit;
    private final long windowMillis;
    private final Clock clock;

    AttemptLimiter(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.windowMillis = window.toMillis();
        this.clock = clock;
    }

    /** Counts one attempt; false when the key is over its limit in the current window. */
    boolean tryAcquire(String key) {
        long now = clock.millis();
        if (windows.size() > 100_000) {
            windows.entrySet().removeIf(e -> now - e.getValue().start() >= windowMillis);
        }
        Window window = windows.compute(key, (k, w) -> w == null || now - w.start() >= windowMillis
                ? new Window(now, 1) : new Window(w.start(), w.count() + 1));
        return window.count() <= limit;
    }
}
