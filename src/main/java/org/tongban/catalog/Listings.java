package org.tongban.catalog;

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

    @Query("""
            select l from Listing l
            where l.status = 'PUBLISHED'
              and (:anyRegion = true or l.regionCode in :regions)
              and (:department is null or l.departmentCode = :department)
              and (:theme is null or l.themes like concat('%,', :theme, ',%'))
              and (:audience is null or l.audiences like concat('%,', :audience, ',%'))
              and (:type is null or l.itemType = :type)
              and (:highFrequency = false or l.highFrequency = true)
            order by l.highFrequency desc, l.listingCode""")
    Page<Listing> findPublished(@Param("anyRegion") boolean anyRegion, @Param("regions") List<String> regions,
            @Param("department") String department,
            @Param("theme") String theme, @Param("audience") String audience, @Param("type") String type,
            @Param("highFrequency") boolean highFrequency, Pageable page);

    @Query("select l from Listing l where l.negativeList is not null order by l.negativeList, l.listingCode")
    List<Listing> findOnNegativeLists();

    @Query("select l from Listing l where l.regionCode like :regionPattern "
            + "and (:department is null or l.departmentCode = :department) order by l.listingCode")
    List<Listing> findInScope(@Param("regionPattern") String regionPattern, @Param("department") String department);
}
