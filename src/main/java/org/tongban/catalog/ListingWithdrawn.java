package org.tongban.catalog;

/** A listing left every channel: revoked or cancelled. */
public record ListingWithdrawn(String listingCode, String reason) {
}
