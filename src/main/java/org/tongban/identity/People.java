package org.tongban.identity;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** All natural persons. */
interface People extends JpaRepository<Person, Long> {

    Optional<Person> findByIdNumber(String idNumber);

    boolean existsByIdNumber(String idNumber);
}
