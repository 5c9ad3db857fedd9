package org.tongban.catalog;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** All listing versions. */
interface ListingVersions extends JpaRepository<ListingVersion, Long> {

    Optional<ListingVersion> findByListingIdAndNumber(Long listingId, int number);

    List<ListingVersion> findByListingIdOrderByNumberDesc(Long listingId);

    @Query("select coalesce(max(v.number), 0) from ListingVersion v where v.listingId = ?1")
    int lastNumber(Long listingId);

    @Query("select v from ListingVersion v where v.status = 'APPROVED' order by v.effectiveFrom")
    List<ListingVersion> findApproved();
}
