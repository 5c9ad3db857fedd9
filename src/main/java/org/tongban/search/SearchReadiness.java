package org.tongban.search;

import java.time.Duration;
import org.springframework.stereotype.Component;

/** Whether the search index has been brought in line after start-up (for health checks, tests and benchmarks). */
@Component
public class SearchReadiness {

    private final SearchStartup startup;

    SearchReadiness(SearchStartup startup) {
        this.startup = startup;
    }

    /** Waits for the start-up work; true when it finished within the time. */
    public boolean awaitReady(Duration timeout) throws InterruptedException {
        return startup.awaitDone(timeout);
    }
}
