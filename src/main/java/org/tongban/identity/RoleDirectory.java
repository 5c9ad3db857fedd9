package org.tongban.identity;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.tongban.shared.AccessRules;
import org.tongban.shared.Role;

/**
 * Every role the modules declare in their {@link AccessRules}, by name. Staff roles are stored and sent by name;
 * a name no module declares is refused, and two modules declaring one name stop the start-up.
 */
@Component
public class RoleDirectory {

    private final Map<String, Role> byName = new LinkedHashMap<>();

    RoleDirectory(List<AccessRules> modules) {
        for (AccessRules module : modules) {
            for (Role role : module.declaredRoles()) {
                Role earlier = byName.putIfAbsent(role.name(), role);
                if (earlier != null && !earlier.equals(role)) {
                    throw new IllegalStateException("Two modules declare the role " + role.name() + ": "
                            + earlier.getClass().getName() + " and " + role.getClass().getName());
                }
            }
        }
    }

    public Optional<Role> named(String name) {
        return Optional.ofNullable(name == null ? null : byName.get(name));
    }

    /** The named role; for names this platform stored itself. */
    Role require(String name) {
        return named(name).orElseThrow(() -> new IllegalStateException("No module declares the role " + name));
    }

    Set<Role> all(Collection<String> names) {
        return names.stream().map(this::require).collect(Collectors.toUnmodifiableSet());
    }

    public Collection<Role> roles() {
        return List.copyOf(byName.values());
    }

    /** Every staff role: a member of staff holds at least one. */
    public Set<Role> staffRoles() {
        return byName.values().stream().filter(Role::isStaff).collect(Collectors.toUnmodifiableSet());
    }
}
