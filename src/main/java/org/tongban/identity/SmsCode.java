package org.tongban.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A one-time SMS code, stored only as a hash. It expires, is single-use and allows few wrong guesses. */
@Entity
@Table(name = "sms_code")
class SmsCode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String mobile;
    private String purpose;
    @Column(name = "code_hash")
    private String codeHash;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Column(name = "consumed_at")
    private Instant consumedAt;
    private int attempts;
    @Column(name = "source_address")
    private String sourceAddress;

    protected SmsCode() {
    }

    SmsCode(String mobile, SmsPurpose purpose, String codeHash, Instant createdAt, Instant expiresAt, String source) {
        this.mobile = mobile;
        this.purpose = purpose.name();
        this.codeHash = codeHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.sourceAddress = source;
    }

    boolean usableAt(Instant now, int maxAttempts) {
        return consumedAt == null && expiresAt.isAfter(now) && attempts < maxAttempts;
    }

    void wrongGuess() {
        attempts++;
    }

    void consume(Instant now) {
        consumedAt = now;
    }

    Instant createdAt() {
        return createdAt;
    }

    String codeHash() {
        return codeHash;
    }
}
