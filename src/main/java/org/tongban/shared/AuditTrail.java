package org.tongban.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.slf4j.MDC;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records an action for the audit log. Call it inside the transaction that makes the change: the
 * event is stored with it and delivered after commit. Outside a transaction it starts its own.
 */
@Component
public class AuditTrail {

    private final ApplicationEventPublisher events;
    private final Clock clock;

    AuditTrail(ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void record(String action, String resourceType, String resourceId, String detail) {
        record(Actors.current(), action, resourceType, resourceId, detail);
    }

    @Transactional
    public void record(Actor actor, String action, String resourceType, String resourceId, String detail) {
        events.publishEvent(new ActionAudited(actor.username(), actor.primaryRole(), actor.regionCode(), action,
                resourceType, resourceId, detail == null ? null : Masking.inText(detail), sourceAddress(),
                MDC.get(RequestIds.MDC_KEY), clock.instant()));
    }

    private static String sourceAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return "internal";
    }
}
