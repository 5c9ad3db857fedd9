package org.tongban.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A legal person (法人) identified by its 统一社会信用代码. */
@Entity
@Table(name = "enterprise")
class Enterprise {

    @Id
    @Column(name = "account_id")
    private Long accountId;
    private String name;
    @Column(name = "credit_code")
    private String creditCode;
    @Column(name = "legal_representative")
    private String legalRepresentative;

    protected Enterprise() {
    }

    Enterprise(Long accountId, String name, String creditCode, String legalRepresentative) {
        this.accountId = accountId;
        this.name = name;
        this.creditCode = creditCode;
        this.legalRepresentative = legalRepresentative;
    }

    Long accountId() {
        return accountId;
    }

    String name() {
        return name;
    }

    String creditCode() {
        return creditCode;
    }

    String legalRepresentative() {
        return legalRepresentative;
    }
}
