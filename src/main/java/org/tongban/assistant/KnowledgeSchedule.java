package org.tongban.assistant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Expires knowledge entries and reminds their owners once a {@code tongban.assistant.expiry-check-interval}. */
@Component
class KnowledgeSchedule {

    private final KnowledgeBase knowledge;

    KnowledgeSchedule(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    @Scheduled(fixedDelayString = "${tongban.assistant.expiry-check-interval:1h}",
            initialDelayString = "${tongban.assistant.expiry-check-interval:1h}")
    @SchedulerLock(name = "assistant-expiry-check", lockAtLeastFor = "${tongban.assistant.expiry-check-interval:1h}")
    public void expireAndRemind() {
        knowledge.expireAndRemind();
    }
}
