package org.tongban.identity;

import com.fasterxml.jackson.annotation.JacksonInject;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.tongban.shared.AccountKind;
import org.tongban.shared.ActingPrincipal;
import org.tongban.shared.Actor;
import org.tongban.shared.Role;

/**
 * The principal of a signed-in account, kept in the session and, for single sign-on, in the stored
 * authorization (as JSON of plain fields). Holds no personal data in clear.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.CLASS)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.NONE, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonIgnoreProperties(ignoreUnknown = true)
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

    @JsonCreator
    SignedInUser(@JsonProperty("accountId") long accountId, @JsonProperty("username") String username,
            @JsonProperty("kind") String kind, @JsonProperty("roles") String roles,
            @JsonProperty("region") String regionCode, @JsonProperty("department") String departmentCode,
            @JsonProperty("name") String maskedName, @JacksonInject RoleDirectory directory) {
        this(accountId, new Actor(username, AccountKind.valueOf(kind), roles.isEmpty() ? Set.of()
                : directory.all(Arrays.asList(roles.split(","))), regionCode, departmentCode), maskedName, null);
    }

    @JsonProperty("accountId")
    public long accountId() {
        return accountId;
    }

    @Override
    public Actor actor() {
        return actor;
    }

    @JsonProperty("username")
    String jsonUsername() {
        return actor.username();
    }

    @JsonProperty("kind")
    String jsonKind() {
        return actor.kind().name();
    }

    @JsonProperty("roles")
    String jsonRoles() {
        return String.join(",", roleNames());
    }

    @JsonProperty("region")
    String jsonRegion() {
        return actor.regionCode();
    }

    @JsonProperty("department")
    String jsonDepartment() {
        return actor.departmentCode();
    }

    @Override
    @JsonProperty("name")
    public String displayName() {
        return maskedName;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return actor.roles().stream().map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
                .toList();
    }

    /**
     * The authorities of a fresh sign-in: the roles plus the factor used, stamped with the time
     * (OpenID Connect's {@code auth_time} comes from it).
     */
    public List<GrantedAuthority> authoritiesSignedInWith(String factorAuthority) {
        var authorities = new ArrayList<GrantedAuthority>(getAuthorities());
        authorities.add(FactorGrantedAuthority.fromAuthority(factorAuthority));
        return authorities;
    }

    List<String> roleNames() {
        return actor.roles().stream().map(Role::name).sorted().toList();
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
