package org.tongban.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.tongban.shared.AccountKind;

/**
 * A sign-in account. It counts failed password attempts and locks itself for a while after too many;
 * a successful sign-in or a password reset clears the count.
 */
@Entity
@Table(name = "account")
class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    @Column(name = "password_hash")
    private String passwordHash;
    @Enumerated(EnumType.STRING)
    private AccountKind kind;
    @Column(name = "display_name")
    private String displayName;
    private String mobile;
    private boolean enabled = true;
    @Column(name = "failed_attempts")
    private int failedAttempts;
    @Column(name = "locked_until")
    private Instant lockedUntil;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;
    @Version
    private long version;

    protected Account() {
    }

    Account(String username, String passwordHash, AccountKind kind, String displayName, String mobile, Instant now) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.kind = kind;
        this.displayName = displayName;
        this.mobile = mobile;
        this.createdAt = now;
        this.passwordChangedAt = now;
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Counts a failed attempt; locks the account when the limit is reached. Returns the attempts left. */
    int failedAttempt(Instant now, int maxAttempts, Duration lockDuration) {
        if (lockedUntil != null && !lockedUntil.isAfter(now)) {
            failedAttempts = 0;
            lockedUntil = null;
        }
        failedAttempts++;
        if (failedAttempts >= maxAttempts) {
            lockedUntil = now.plus(lockDuration);
            return 0;
        }
        return maxAttempts - failedAttempts;
    }

    void signedIn() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    void changePassword(String newHash, Instant now) {
        passwordHash = newHash;
        passwordChangedAt = now;
        failedAttempts = 0;
        lockedUntil = null;
    }

    Long id() {
        return id;
    }

    String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    AccountKind kind() {
        return kind;
    }

    String displayName() {
        return displayName;
    }

    String mobile() {
        return mobile;
    }

    boolean enabled() {
        return enabled;
    }

    Instant lockedUntil() {
        return lockedUntil;
    }

    int failedAttempts() {
        return failedAttempts;
    }
}
