package org.tongban.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** All implementation listings. */
interface Listings extends JpaRepository<Listing, Long> {

    Optional<Listing> findByListingCode(String listingCode);

    @Query("select count(l) from Listing l where l.listingCode like concat(:base, '__')")
    int countHandlingItems(@Param("base") String base);

    @Query("select l.listingCode from Listing l where l.listingCode like concat(:base, '__') and l.handlingItem = :item")
    Optional<String> findHandlingItemCode(@Param("base") String base, @Param("item") String item);

    /**
     * The code of a listing: the 实施编码 itself, or for a 业务办理项 the code it already has, else the next
     * free two-digit number.
     */
    default String codeFor(String base, String handlingItem) {
        if (handlingItem == null || handlingItem.isBlank()) {
            return base;
        }
        return findHandlingItemCode(base, handlingItem)
                .orElseGet(() -> ListingCodes.ofHandlingItem(base, countHandlingItems(base) + 1));
    }

    /** Published listings; an empty string means "any" (a typed value, unlike null, on every database). */
    @Query("""
            select l from Listing l
            where l.status = 'PUBLISHED'
              and (:anyRegion = true or l.regionCode in :regions)
              and (:department = '' or l.departmentCode = :department)
              and (:theme = '' or l.themes like concat('%,', :theme, ',%'))
              and (:audience = '' or l.audiences like concat('%,', :audience, ',%'))
              and (:type = '' or l.itemType = :type)
              and (:highFrequency = false or l.highFrequency = true)
            order by l.highFrequency desc, l.listingCode""")
    Page<Listing> findPublished(@Param("anyRegion") boolean anyRegion, @Param("regions") List<String> regions,
            @Param("department") String department,
            @Param("theme") String theme, @Param("audience") String audience, @Param("type") String type,
            @Param("highFrequency") boolean highFrequency, Pageable page);

    /** The published listings of a basic catalog entry (every region's). */
    @Query("select l.listingCode, l.regionCode from Listing l where l.status = 'PUBLISHED' and l.basicCode = :basicCode")
    List<Object[]> findPublishedCodesOfBasic(@Param("basicCode") String basicCode);

    /** Listings whose cancellation date has come and that are not yet withdrawn. */
    @Query("select l from Listing l where l.cancellationDate <= :today and l.status <> 'CANCELLED'")
    List<Listing> findDueForCancellation(@Param("today") LocalDate today);

    @Query("select l from Listing l where l.negativeList is not null order by l.negativeList, l.listingCode")
    List<Listing> findOnNegativeLists();

    @Query("select l from Listing l where l.regionCode like :regionPattern "
            + "and (:department = '' or l.departmentCode = :department) order by l.listingCode")
    List<Listing> findInScope(@Param("regionPattern") String regionPattern, @Param("department") String department);
}
