package org.tongban.identity;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** All staff. Listing goes through the data scope, in the query itself. */
interface StaffMembers extends JpaRepository<Staff, Long> {

    @Query("""
            select s from Staff s
            where s.regionCode like :regionPattern
              and (:departmentCode is null or s.departmentCode = :departmentCode)
            order by s.regionCode, s.departmentCode, s.accountId""")
    List<Staff> findInScope(@Param("regionPattern") String regionPattern,
            @Param("departmentCode") String departmentCode, Pageable page);
}
