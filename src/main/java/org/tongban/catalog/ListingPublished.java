package org.tongban.catalog;

import org.springframework.modulith.events.Externalized;

/** A listing version became the one every channel shows (search re-indexes on it). */
@Externalized
public record ListingPublished(String listingCode, int version) {
}
