package org.tongban.catalog;

import org.springframework.modulith.events.Externalized;

/** A listing left every channel: revoked or cancelled. */
@Externalized
public record ListingWithdrawn(String listingCode, String reason) {
}
