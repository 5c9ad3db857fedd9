package org.tongban.catalog;

/** A published listing in a list: enough to choose it. */
public record ItemSummary(String code, String name, String type, ItemDetail.Named department, ItemDetail.Named region,
        String regionLevel, boolean highFrequency, int requiredVisits, boolean fullyOnline,
        ListingContent.TimeLimit promisedLimit, String processingKind, String plainSummary) {
}
