package org.tongban.license;

import java.time.Instant;
import org.springframework.modulith.events.Externalized;

/**
 * Something happened to a license: issued (新发, or the next version after 延续/变更, with the previous
 * identifier), or its status changed. Published through the event publication registry with the change.
 */
public sealed interface LicenseEvent permits LicenseEvent.LicenseIssued, LicenseEvent.LicenseStatusChanged {

    String identifier();

    Instant at();

    @Externalized
    record LicenseIssued(String identifier, String typeCode, String issuerCode, String regionCode, String holderCode,
            String previousIdentifier, String caseNumber, Instant at) implements LicenseEvent {
    }

    @Externalized
    record LicenseStatusChanged(String identifier, LicenseOperation operation, LicenseStatus status, String reason,
            Instant at) implements LicenseEvent {
    }
}
