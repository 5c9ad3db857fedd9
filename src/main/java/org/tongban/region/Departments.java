package org.tongban.region;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** All departments. */
interface Departments extends JpaRepository<Department, Long> {

    Optional<Department> findByCreditCode(String creditCode);

    Optional<Department> findByName(String name);

    List<Department> findByRegionCodeOrderByName(String regionCode);
}
