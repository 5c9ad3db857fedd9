package org.tongban.shared;

import java.time.Instant;

/**
 * Something that changed state, or revealed personal data, was done: who (and in which role and
 * region), what, to which resource, when and from where. The audit module appends each one to its
 * hash chain; the event publication registry guarantees none is lost.
 */
public record ActionAudited(String actor, String role, String actorRegion, String action, String resourceType,
        String resourceId, String detail, String sourceAddress, String requestId, Instant at) {
}
