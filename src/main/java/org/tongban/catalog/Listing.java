package org.tongban.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.tongban.shared.RegionCode;

/**
 * 实施清单: one region's and department's implementation of a basic catalog entry. Its browsing columns
 * are copied from the version currently published; the content itself lives in {@link ListingVersion}.
 */
@Entity
@Table(name = "listing")
class Listing {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "listing_code")
    private String listingCode;
    @Column(name = "basic_code")
    private String basicCode;
    @Column(name = "handling_item")
    private String handlingItem;
    private String name;
    @Column(name = "item_type")
    private String itemType;
    @Column(name = "department_code")
    private String departmentCode;
    @Column(name = "region_code")
    private String regionCode;
    private String audiences;
    private String themes;
    @Column(name = "high_frequency")
    private boolean highFrequency;
    private String status;
    @Column(name = "published_number")
    private Integer publishedNumber;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Column(name = "cancellation_date")
    private LocalDate cancellationDate;
    @Column(name = "negative_list")
    private String negativeList;
    @Column(name = "negative_reason")
    private String negativeReason;
    @Version
    private long version;

    protected Listing() {
    }

    Listing(String listingCode, BasicCatalogEntry entry, String departmentCode, String regionCode, String handlingItem) {
        this.listingCode = listingCode;
        this.handlingItem = handlingItem == null || handlingItem.isBlank() ? null : handlingItem.strip();
        this.basicCode = entry.code();
        this.name = entry.name();
        this.itemType = entry.itemType();
        this.departmentCode = departmentCode;
        this.regionCode = regionCode;
        this.audiences = "";
        this.themes = "";
        this.status = "UNPUBLISHED";
    }

    /** Makes a version the one every channel shows, and copies its browsing columns. */
    void published(ListingVersion version, ListingContent content, Instant now) {
        this.publishedNumber = version.number();
        this.publishedAt = now;
        this.status = "PUBLISHED";
        this.audiences = delimited(content.audiences().stream());
        this.themes = delimited(Stream.concat(content.personThemes().stream(), content.enterpriseThemes().stream()));
        this.highFrequency = content.highFrequency();
    }

    void revoked() {
        this.status = "REVOKED";
        this.publishedNumber = null;
    }

    void cancelOn(LocalDate date) {
        this.cancellationDate = date;
    }

    void cancelled() {
        this.status = "CANCELLED";
        this.publishedNumber = null;
    }

    void onNegativeList(String list, String reason) {
        this.negativeList = list;
        this.negativeReason = reason;
    }

    /** Values joined with commas and wrapped in commas, so that {@code like '%,X,%'} finds one exactly. */
    static String delimited(Stream<String> values) {
        String joined = values.distinct().collect(Collectors.joining(","));
        return joined.isEmpty() ? "" : "," + joined + ",";
    }

    Long id() {
        return id;
    }

    String listingCode() {
        return listingCode;
    }

    String basicCode() {
        return basicCode;
    }

    /** The listing's name: the item's, with the 业务办理项 after it when the listing is one. */
    String name() {
        return handlingItem == null ? name : name + "（" + handlingItem + "）";
    }

    String itemType() {
        return itemType;
    }

    String departmentCode() {
        return departmentCode;
    }

    String regionCode() {
        return regionCode;
    }

    RegionCode region() {
        return RegionCode.of(regionCode);
    }

    String status() {
        return status;
    }

    Integer publishedNumber() {
        return publishedNumber;
    }

    Instant publishedAt() {
        return publishedAt;
    }

    LocalDate cancellationDate() {
        return cancellationDate;
    }

    String negativeList() {
        return negativeList;
    }

    String negativeReason() {
        return negativeReason;
    }

    boolean highFrequency() {
        return highFrequency;
    }
}
