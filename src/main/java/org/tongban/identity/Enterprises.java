package org.tongban.identity;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** All enterprises. */
interface Enterprises extends JpaRepository<Enterprise, Long> {

    Optional<Enterprise> findByCreditCode(String creditCode);

    boolean existsByCreditCode(String creditCode);
}
