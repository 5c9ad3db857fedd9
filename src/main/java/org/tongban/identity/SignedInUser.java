package org.tongban.identity;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.tongban.shared.ActingPrincipal;
import org.tongban.shared.Actor;

/** The principal of a signed-in account, kept in the session. Holds no personal data in clear. */
public final class SignedInUser implements UserDetails, CredentialsContainer, ActingPrincipal, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final Actor actor;
    private final String maskedName;
    private String passwordHash;

    SignedInUser(long accountId, Actor actor, String maskedName, String passwordHash) {
        this.accountId = accountId;
        this.actor = actor;
        this.maskedName = maskedName;
        this.passwordHash = passwordHash;
    }

    public long accountId() {
        return accountId;
    }

    @Override
    public Actor actor() {
        return actor;
    }

    @Override
    public String displayName() {
        return maskedName;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return actor.roles().stream().map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
                .toList();
    }

    List<String> roleNames() {
        return actor.roles().stream().map(Enum::name).sorted().toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return actor.username();
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedInUser that && accountId == that.accountId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(accountId);
    }

    @Override
    public String toString() {
        return "SignedInUser[" + actor.username() + "]";
    }
}
