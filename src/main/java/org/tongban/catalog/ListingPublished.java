package org.tongban.catalog;

/** A listing version became the one every channel shows (search re-indexes on it). */
public record ListingPublished(String listingCode, int version) {
}
