package org.tongban.identity;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** All accounts. */
interface Accounts extends JpaRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    Optional<Account> findByMobile(String mobile);

    boolean existsByUsername(String username);

    boolean existsByMobile(String mobile);
}
