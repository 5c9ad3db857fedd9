package org.tongban.region;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** All regions. */
interface Regions extends JpaRepository<Region, String> {

    List<Region> findByParentCodeOrderByCode(String parentCode);
}
