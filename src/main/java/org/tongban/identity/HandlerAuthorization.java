package org.tongban.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.tongban.shared.BusinessException;

/**
 * An enterprise's authorisation of a person as its handler (经办人): what they may do and until when.
 * The enterprise may revoke it at any time; once expired or revoked it grants nothing.
 */
@Entity
@Table(name = "handler_authorization")
class HandlerAuthorization {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "enterprise_account_id")
    private Long enterpriseAccountId;
    @Column(name = "handler_account_id")
    private Long handlerAccountId;
    private String scopes;
    @Column(name = "granted_at")
    private Instant grantedAt;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Column(name = "revoked_at")
    private Instant revokedAt;
    @Version
    private long version;

    protected HandlerAuthorization() {
    }

    HandlerAuthorization(Long enterpriseAccountId, Long handlerAccountId, Set<HandlerScope> scopes, Instant grantedAt,
            Instant expiresAt) {
        this.enterpriseAccountId = enterpriseAccountId;
        this.handlerAccountId = handlerAccountId;
        this.scopes = scopes.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.grantedAt = grantedAt;
        this.expiresAt = expiresAt;
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    Status statusAt(Instant now) {
        if (revokedAt != null) {
            return Status.REVOKED;
        }
        return expiresAt.isAfter(now) ? Status.ACTIVE : Status.EXPIRED;
    }

    /** Throws unless this authorisation is in force now and covers the scope. */
    void requireActive(Instant now, HandlerScope scope) {
        switch (statusAt(now)) {
            case REVOKED -> throw new BusinessException(IdentityError.HANDLER_REVOKED);
            case EXPIRED -> throw new BusinessException(IdentityError.HANDLER_EXPIRED, expiresAt);
            case ACTIVE -> {
                if (!scopes().contains(scope)) {
                    throw new BusinessException(IdentityError.HANDLER_NOT_AUTHORIZED);
                }
            }
        }
    }

    Set<HandlerScope> scopes() {
        return Arrays.stream(scopes.split(",")).map(HandlerScope::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(HandlerScope.class)));
    }

    Long id() {
        return id;
    }

    Long enterpriseAccountId() {
        return enterpriseAccountId;
    }

    Long handlerAccountId() {
        return handlerAccountId;
    }

    Instant grantedAt() {
        return grantedAt;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    enum Status { ACTIVE, EXPIRED, REVOKED }
}
