package org.tongban.catalog;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes what is due once a {@code tongban.catalog.publish-interval} across all instances: the lock is
 * held for the interval, so the other instances' ticks within it pass.
 */
@Component
class CatalogSchedule {

    private final CatalogEditor editor;

    CatalogSchedule(CatalogEditor editor) {
        this.editor = editor;
    }

    @Scheduled(fixedDelayString = "${tongban.catalog.publish-interval:60s}",
            initialDelayString = "${tongban.catalog.publish-interval:60s}")
    @SchedulerLock(name = "catalog-publish-due", lockAtLeastFor = "${tongban.catalog.publish-interval:60s}")
    public void publishDue() {
        editor.publishDue();
    }
}
