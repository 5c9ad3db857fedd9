package org.tongban.identity;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** All SMS codes issued. */
interface SmsCodes extends JpaRepository<SmsCode, Long> {

    Optional<SmsCode> findFirstByMobileOrderByCreatedAtDesc(String mobile);

    Optional<SmsCode> findFirstByMobileAndPurposeOrderByCreatedAtDesc(String mobile, String purpose);

    long countByMobileAndCreatedAtAfter(String mobile, Instant since);

    long countBySourceAddressAndCreatedAtAfter(String sourceAddress, Instant since);
}
