package org.tongban.audit;

import java.time.Instant;

/** One audit record as stored, with the hash linking it to the one before. */
public record AuditRecord(long sequence, Instant recordedAt, String actor, String role, String actorRegion,
        String action, String resourceType, String resourceId, String detail, String sourceAddress, String requestId,
        String previousHash, String hash) {

    /** The hash this record must have: SM3 over every field and the previous hash. */
    String computeHash() {
        return ChainHash.of(sequence, recordedAt, actor, role, actorRegion, action, resourceType, resourceId, detail,
                sourceAddress, requestId, previousHash);
    }
}
