package org.tongban.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.tongban.shared.BusinessException;

/** A natural person (自然人) with a validated ID number and a real-name level. */
@Entity
@Table(name = "person")
class Person {

    @Id
    @Column(name = "account_id")
    private Long accountId;
    private String name;
    @Column(name = "id_number")
    private String idNumber;
    @Enumerated(EnumType.STRING)
    @Column(name = "real_name_level")
    private RealNameLevel realNameLevel;
    @Column(name = "verified_at")
    private Instant verifiedAt;
    @Column(name = "verified_by")
    private String verifiedBy;

    protected Person() {
    }

    Person(Long accountId, String name, String idNumber, RealNameLevel level) {
        this.accountId = accountId;
        this.name = name;
        this.idNumber = idNumber;
        this.realNameLevel = level;
    }

    /** The mobile number was proven by an SMS code: at least L2. */
    void mobileVerified() {
        if (realNameLevel == RealNameLevel.L1) {
            realNameLevel = RealNameLevel.L2;
        }
    }

    /** Staff saw the person and their ID card: L3. */
    void verifiedInPerson(String staffUsername, Instant now) {
        if (realNameLevel == RealNameLevel.L3) {
            throw new BusinessException(IdentityError.ALREADY_VERIFIED);
        }
        realNameLevel = RealNameLevel.L3;
        verifiedAt = now;
        verifiedBy = staffUsername;
    }

    Long accountId() {
        return accountId;
    }

    String name() {
        return name;
    }

    String idNumber() {
        return idNumber;
    }

    RealNameLevel realNameLevel() {
        return realNameLevel;
    }
}
