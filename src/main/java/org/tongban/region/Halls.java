package org.tongban.region;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/** All service halls. */
interface Halls extends JpaRepository<Hall, Long> {

    @EntityGraph(attributePaths = "windows")
    List<Hall> findByRegionCodeOrderByCode(String regionCode);

    @EntityGraph(attributePaths = "windows")
    Optional<Hall> findByCode(String code);
}
