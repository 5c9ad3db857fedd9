package org.tongban.catalog;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.identity.AccountRole;
import org.tongban.region.RegionDirectory;
import org.tongban.shared.Actor;
import org.tongban.shared.AuditTrail;
import org.tongban.shared.BusinessException;
import org.tongban.shared.CommonError;
import org.tongban.shared.InputCheck;

/**
 * The dynamic management of listings: staff of the listing's region and department draft a new version,
 * the quality checks run on every save, the author submits it, a catalog administrator other than the
 * author reviews it (政务服务管理机构审核) and sets the effective date, and it is published then. Published
 * listings can be revoked, and cancelled on a date. Every step is audited.
 */
@Service
public class CatalogEditor {

    private final Listings listings;
    private final ListingVersions versions;
    private final Catalog catalog;
    private final BasicCatalog basicCatalog;
    private final RegionDirectory regions;
    private final CatalogJson json;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ZoneId zone;

    CatalogEditor(Listings listings, ListingVersions versions, Catalog catalog, BasicCatalog basicCatalog,
            RegionDirectory regions, CatalogJson json, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock, @Value("${tongban.identity.zone:Asia/Shanghai}") ZoneId zone) {
        this.listings = listings;
        this.basicCatalog = basicCatalog;
        this.regions = regions;
        this.versions = versions;
        this.catalog = catalog;
        this.json = json;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.zone = zone;
    }

    /** A version as editors see it, with the findings of the quality checks. */
    public record VersionView(String code, int number, String status, int errors, int warnings, Instant effectiveFrom,
            Instant publishedAt, QualityReport quality) {
    }

    /**
     * A department starts implementing a basic catalog entry in its region: a new listing whose first
     * version is a draft of the given content. The 实施编码 follows from department, level and basic code.
     */
    @Transactional
    public VersionView createListing(Actor actor, String departmentCode, String document) {
        if (!actor.has(CatalogRole.CATALOG_ADMIN) && !actor.has(AccountRole.DEPARTMENT_LEADER)) {
            throw new BusinessException(CommonError.FORBIDDEN);
        }
        ListingContent content = json.read(document);
        var department = regions.department(departmentCode)
                .orElseThrow(() -> BusinessException.onField("departmentCode", CommonError.NOT_FOUND));
        actor.dataScope().require(department.region(), department.code());
        BasicCatalogEntry entry = basicCatalog.findById(String.valueOf(content.basicCode()))
                .orElseThrow(() -> BusinessException.onField("basicCode", CatalogError.BASIC_ENTRY_NOT_FOUND));
        if (!department.regionCode().equals(content.regionCode())) {
            throw BusinessException.onField("regionCode", CatalogError.CONTENT_INVALID);
        }
        String level = regions.region(department.region()).orElseThrow().level().name();
        String code = listings.codeFor(ListingCodes.of(department.code(), level, entry.code()),
                content.handlingItem());
        if (listings.findByListingCode(code).isPresent()) {
            throw new BusinessException(CatalogError.LISTING_EXISTS);
        }
        Listing listing = listings.save(new Listing(code, entry, department.code(), department.regionCode(),
                content.handlingItem()));
        QualityReport quality = catalog.check(listing, content);
        ListingVersion draft = versions.save(new ListingVersion(listing.id(), 1, json.write(content), quality,
                actor.username(), clock.instant()));
        audit.record(actor, "LISTING_CREATED", "listing", code, "errors=" + quality.errors());
        return view(listing, draft, quality);
    }

    /**
     * Saves a draft: a new version copied from the given content, or the open draft edited. Returns it
     * with its quality findings; errors do not stop a draft from being saved, only from being submitted.
     */
    @Transactional
    public VersionView saveDraft(Actor actor, String code, String document) {
        Listing listing = editable(actor, code);
        ListingContent content = json.read(document);
        requireSameIdentity(listing, content);
        QualityReport quality = catalog.check(listing, content);
        ListingVersion draft = versions.findByListingIdOrderByNumberDesc(listing.id()).stream()
                .filter(v -> v.status() == ListingVersion.Status.DRAFT || v.status() == ListingVersion.Status.REJECTED)
                .findFirst().orElse(null);
        if (draft == null) {
            draft = versions.save(new ListingVersion(listing.id(), versions.lastNumber(listing.id()) + 1,
                    json.write(content), quality, actor.username(), clock.instant()));
        } else {
            draft.edit(json.write(content), quality);
        }
        audit.record(actor, "LISTING_DRAFT_SAVED", "listing", code, "version=" + draft.number() + " errors=" + quality.errors());
        return view(listing, draft, quality);
    }

    @Transactional
    public VersionView submit(Actor actor, String code, int number) {
        Listing listing = editable(actor, code);
        ListingVersion version = version(listing, number);
        version.submit(actor.username(), clock.instant());
        audit.record(actor, "LISTING_SUBMITTED", "listing", code, "version=" + number);
        return view(listing, version, null);
    }

    /** Approves a submitted version to take effect on a date (today or later); it is published then. */
    @Transactional
    public VersionView approve(Actor reviewer, String code, int number, String effectiveOn, String opinion) {
        Listing listing = reviewable(reviewer, code);
        ListingVersion version = version(listing, number);
        var check = new InputCheck();
        LocalDate effective = check.date("effectiveOn", effectiveOn, CatalogError.EFFECTIVE_DATE_INVALID);
        String why = check.optional("opinion", opinion, 1000);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        if (effective != null && effective.isBefore(today)) {
            check.add("effectiveOn", CatalogError.EFFECTIVE_DATE_INVALID);
        }
        check.throwIfAny();
        requireOtherThanAuthor(reviewer, version);
        version.approve(reviewer.username(), effective.atStartOfDay(zone).toInstant(), why, clock.instant());
        audit.record(reviewer, "LISTING_APPROVED", "listing", code, "version=" + number + " effective=" + effective);
        if (version.dueAt(clock.instant())) {
            publish(listing, version);
        }
        return view(listing, version, null);
    }

    @Transactional
    public VersionView reject(Actor reviewer, String code, int number, String opinion) {
        Listing listing = reviewable(reviewer, code);
        ListingVersion version = version(listing, number);
        var check = new InputCheck();
        String why = check.required("opinion", opinion, 1000);
        check.throwIfAny();
        version.reject(reviewer.username(), why, clock.instant());
        audit.record(reviewer, "LISTING_REJECTED", "listing", code, "version=" + number);
        return view(listing, version, null);
    }

    @Transactional
    public void withdraw(Actor actor, String code, int number) {
        Listing listing = editable(actor, code);
        version(listing, number).withdraw();
        audit.record(actor, "LISTING_VERSION_WITHDRAWN", "listing", code, "version=" + number);
    }

    /** Takes a published listing off every channel at once. */
    @Transactional
    public void revoke(Actor reviewer, String code, String reason) {
        Listing listing = reviewable(reviewer, code);
        var check = new InputCheck();
        String why = check.required("reason", reason, 1000);
        check.throwIfAny();
        if (!"PUBLISHED".equals(listing.status())) {
            throw new BusinessException(CatalogError.LISTING_NOT_PUBLISHED);
        }
        versions.findByListingIdAndNumber(listing.id(), listing.publishedNumber()).ifPresent(ListingVersion::supersede);
        listing.revoked();
        audit.record(reviewer, "LISTING_REVOKED", "listing", code, why);
        events.publishEvent(new ListingWithdrawn(code, "REVOKED"));
    }

    /** Sets the date a listing is cancelled; it is withdrawn from every channel when the date arrives. */
    @Transactional
    public void cancelOn(Actor reviewer, String code, String date) {
        Listing listing = reviewable(reviewer, code);
        var check = new InputCheck();
        LocalDate day = check.date("cancellationDate", date, CatalogError.EFFECTIVE_DATE_INVALID);
        check.throwIfAny();
        listing.cancelOn(day);
        audit.record(reviewer, "LISTING_CANCELLATION_SET", "listing", code, "date=" + day);
        withdrawIfCancelled(listing);
    }

    /**
     * Puts a listing on a negative list (NOT_IN_HALL 不进驻大厅, NOT_ONLINE 不上网办理, NOT_ON_PLATFORM 不纳入平台)
     * with the reason the public will read, or takes it off with a null list.
     */
    @Transactional
    public void negativeList(Actor reviewer, String code, String list, String reason) {
        Listing listing = reviewable(reviewer, code);
        var check = new InputCheck();
        String kind = check.optional("list", list, 32);
        if (kind != null) {
            check.check(NEGATIVE_LISTS.contains(kind), "list", CommonError.INVALID_INPUT);
        }
        String why = kind == null ? null : check.required("reason", reason, 1000);
        check.throwIfAny();
        listing.onNegativeList(kind, why);
        audit.record(reviewer, "LISTING_NEGATIVE_LIST", "listing", code, "list=" + kind);
    }

    private static final Set<String> NEGATIVE_LISTS = Set.of("NOT_IN_HALL", "NOT_ONLINE",
            "NOT_ON_PLATFORM");

    /** Publishes approved versions whose date has come and withdraws listings past cancellation. */
    @Transactional
    public void publishDue() {
        Instant now = clock.instant();
        for (ListingVersion version : versions.findApproved()) {
            if (version.dueAt(now)) {
                publish(listings.findById(version.listingId()).orElseThrow(), version);
            }
        }
        listings.findDueForCancellation(LocalDate.now(clock.withZone(zone))).forEach(this::withdrawIfCancelled);
    }

    private void withdrawIfCancelled(Listing listing) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        if (listing.cancellationDate() != null && !listing.cancellationDate().isAfter(today)
                && !"CANCELLED".equals(listing.status())) {
            if (listing.publishedNumber() != null) {
                versions.findByListingIdAndNumber(listing.id(), listing.publishedNumber())
                        .ifPresent(ListingVersion::supersede);
            }
            listing.cancelled();
            events.publishEvent(new ListingWithdrawn(listing.listingCode(), "CANCELLED"));
        }
    }

    private void publish(Listing listing, ListingVersion version) {
        Instant now = clock.instant();
        if (listing.publishedNumber() != null) {
            versions.findByListingIdAndNumber(listing.id(), listing.publishedNumber())
                    .ifPresent(ListingVersion::supersede);
        }
        version.publish(now);
        listing.published(version, json.read(version.content()), now);
        events.publishEvent(new ListingPublished(listing.listingCode(), version.number()));
        audit.record(Actor.system("catalog-publisher"), "LISTING_PUBLISHED", "listing",
                listing.listingCode(), "version=" + version.number());
    }

    /** Every version of a listing, newest first, with their status (for editors in scope). */
    @Transactional(readOnly = true)
    public List<VersionView> versions(Actor actor, String code) {
        Listing listing = inScope(actor, code);
        return versions.findByListingIdOrderByNumberDesc(listing.id()).stream().map(v -> view(listing, v, null)).toList();
    }

    /** What changed between two versions, field by field. */
    @Transactional(readOnly = true)
    public List<VersionDiff.Change> diff(Actor actor, String code, int from, int to) {
        Listing listing = inScope(actor, code);
        return VersionDiff.between(json.read(version(listing, from).content()), json.read(version(listing, to).content()));
    }

    private Listing inScope(Actor actor, String code) {
        Listing listing = listings.findByListingCode(code)
                .orElseThrow(() -> new BusinessException(CatalogError.ITEM_NOT_FOUND));
        actor.dataScope().require(listing.region(), listing.departmentCode());
        return listing;
    }

    private Listing editable(Actor actor, String code) {
        if (!actor.has(CatalogRole.CATALOG_ADMIN) && !actor.has(AccountRole.DEPARTMENT_LEADER)) {
            throw new BusinessException(CommonError.FORBIDDEN);
        }
        return inScope(actor, code);
    }

    private Listing reviewable(Actor actor, String code) {
        if (!actor.has(CatalogRole.CATALOG_ADMIN)) {
            throw new BusinessException(CommonError.FORBIDDEN);
        }
        return inScope(actor, code);
    }

    private static void requireOtherThanAuthor(Actor reviewer, ListingVersion version) {
        if (Objects.equals(reviewer.username(), version.createdByName())) {
            throw new BusinessException(CatalogError.REVIEWER_IS_AUTHOR);
        }
    }

    private ListingVersion version(Listing listing, int number) {
        return versions.findByListingIdAndNumber(listing.id(), number)
                .orElseThrow(() -> new BusinessException(CatalogError.VERSION_NOT_FOUND));
    }

    private void requireSameIdentity(Listing listing, ListingContent content) {
        if (!listing.basicCode().equals(content.basicCode()) || !listing.regionCode().equals(content.regionCode())) {
            throw new BusinessException(CatalogError.CONTENT_INVALID);
        }
    }

    private static VersionView view(Listing listing, ListingVersion version, QualityReport quality) {
        return new VersionView(listing.listingCode(), version.number(), version.status().name(), version.errors(),
                version.warnings(), version.effectiveFrom(), version.publishedAt(), quality);
    }
}
