package org.tongban.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.tongban.shared.BusinessException;

/**
 * One version of a listing's content. It moves DRAFT → SUBMITTED → APPROVED (by the hall authority, with
 * an effective date) → PUBLISHED → SUPERSEDED; a reviewer may reject it, its author withdraw it. Only a
 * draft's content can change, and a version with quality errors cannot be submitted or approved.
 */
@Entity
@Table(name = "listing_version")
class ListingVersion {

    enum Status { DRAFT, SUBMITTED, APPROVED, REJECTED, PUBLISHED, SUPERSEDED, WITHDRAWN }

    private static final Set<Status> WITHDRAWABLE = EnumSet.of(Status.DRAFT, Status.SUBMITTED, Status.APPROVED);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "listing_id")
    private Long listingId;
    private int number;
    @Enumerated(EnumType.STRING)
    private Status status;
    private String content;
    private int errors;
    private int warnings;
    @Column(name = "effective_from")
    private Instant effectiveFrom;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "submitted_by")
    private String submittedBy;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "reviewed_by")
    private String reviewedBy;
    @Column(name = "reviewed_at")
    private Instant reviewedAt;
    @Column(name = "review_opinion")
    private String reviewOpinion;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Version
    private long version;

    protected ListingVersion() {
    }

    ListingVersion(Long listingId, int number, String content, QualityReport quality, String author, Instant now) {
        this.listingId = listingId;
        this.number = number;
        this.status = Status.DRAFT;
        this.createdBy = author;
        this.createdAt = now;
        replaceContent(content, quality);
    }

    void edit(String newContent, QualityReport quality) {
        require(status == Status.DRAFT || status == Status.REJECTED, CatalogError.VERSION_NOT_EDITABLE);
        status = Status.DRAFT;
        replaceContent(newContent, quality);
    }

    private void replaceContent(String newContent, QualityReport quality) {
        this.content = newContent;
        this.errors = quality.errors();
        this.warnings = quality.warnings();
    }

    void submit(String by, Instant now) {
        require(status == Status.DRAFT, CatalogError.VERSION_NOT_SUBMITTABLE);
        require(errors == 0, CatalogError.QUALITY_ERRORS_REMAIN);
        status = Status.SUBMITTED;
        submittedBy = by;
        submittedAt = now;
    }

    void approve(String by, Instant effectiveFrom, String opinion, Instant now) {
        require(status == Status.SUBMITTED, CatalogError.VERSION_NOT_UNDER_REVIEW);
        require(errors == 0, CatalogError.QUALITY_ERRORS_REMAIN);
        status = Status.APPROVED;
        this.effectiveFrom = effectiveFrom;
        reviewed(by, opinion, now);
    }

    void reject(String by, String opinion, Instant now) {
        require(status == Status.SUBMITTED, CatalogError.VERSION_NOT_UNDER_REVIEW);
        status = Status.REJECTED;
        reviewed(by, opinion, now);
    }

    void withdraw() {
        require(WITHDRAWABLE.contains(status), CatalogError.VERSION_NOT_WITHDRAWABLE);
        status = Status.WITHDRAWN;
    }

    boolean dueAt(Instant now) {
        return status == Status.APPROVED && (effectiveFrom == null || !effectiveFrom.isAfter(now));
    }

    void publish(Instant now) {
        require(status == Status.APPROVED, CatalogError.VERSION_NOT_APPROVED);
        status = Status.PUBLISHED;
        publishedAt = now;
    }

    void supersede() {
        if (status == Status.PUBLISHED) {
            status = Status.SUPERSEDED;
        }
    }

    /** Seed and import path: published directly, as the reviewed source it came from. */
    void publishAsReviewed(String by, Instant now) {
        status = Status.APPROVED;
        effectiveFrom = now;
        reviewed(by, null, now);
        publish(now);
    }

    private void reviewed(String by, String opinion, Instant now) {
        reviewedBy = by;
        reviewedAt = now;
        reviewOpinion = opinion;
    }

    private static void require(boolean condition, CatalogError error) {
        if (!condition) {
            throw new BusinessException(error);
        }
    }

    Long id() {
        return id;
    }

    String createdByName() {
        return createdBy;
    }

    Long listingId() {
        return listingId;
    }

    int number() {
        return number;
    }

    Status status() {
        return status;
    }

    String content() {
        return content;
    }

    int errors() {
        return errors;
    }

    int warnings() {
        return warnings;
    }

    Instant effectiveFrom() {
        return effectiveFrom;
    }

    Instant publishedAt() {
        return publishedAt;
    }
}
