package org.tongban.shared;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;

/**
 * The account acting in the current request: its username, kind, roles and, for staff, where it
 * works. Audit records and data scopes are derived from it.
 */
public record Actor(String username, AccountKind kind, Set<Role> roles, String regionCode, String departmentCode)
        implements Serializable {

    public static final Actor ANONYMOUS = new Actor("anonymous", AccountKind.ANONYMOUS, Set.of(), null, null);

    public Actor {
        roles = Set.copyOf(roles);
    }

    public static Actor system(String clientId) {
        return new Actor(clientId, AccountKind.SYSTEM, Set.of(), null, null);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The role shown in audit records: the widest one held (region-wide first, then by name). */
    public String primaryRole() {
        return roles.stream().max(Comparator.comparing(Role::isRegionWide).thenComparing(Role::name,
                Comparator.reverseOrder()))
                .map(Role::name).orElse(kind.name());
    }

    /** Nobody signed in. */
    public boolean isAnonymous() {
        return kind == AccountKind.ANONYMOUS;
    }

    public boolean isStaff() {
        return kind == AccountKind.STAFF;
    }

    /** Where a member of staff works, typed for calls across modules; empty for everyone else. */
    public Optional<RegionCode> region() {
        return RegionCode.parse(regionCode);
    }

    public DataScope dataScope() {
        return DataScope.of(this);
    }
}
