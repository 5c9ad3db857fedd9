package org.tongban.region;

import org.springframework.data.jpa.repository.JpaRepository;

/** All regions. */
interface Regions extends JpaRepository<Region, String> {
}
