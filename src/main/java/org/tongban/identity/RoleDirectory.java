package org.tongban.identity;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.tongban.shared.AccessRules;
import org.tongban.shared.Role;

/**
 * Every role the modules declare in their {@link AccessRules}, by name. Staff roles are stored and sent by name;
 * a name no module declares is refused at enrolment and grants nothing when read back, and two modules declaring
 * one name stop the start-up.
 */
@Component
public class RoleDirectory {

    private static final Logger log = LoggerFactory.getLogger(RoleDirectory.class);

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

    /**
     * The stored roles some module still declares. A name none declares (its module was taken out of the
     * deployment) grants nothing and is logged, rather than locking the member of staff out.
     */
    Set<Role> all(Collection<String> names) {
        Set<Role> known = new HashSet<>();
        for (String name : names) {
            named(name).ifPresentOrElse(known::add, () -> log.warn("Stored role {} is declared by no module", name));
        }
        return Set.copyOf(known);
    }

    /** Every staff role: a member of staff holds at least one. */
    public Set<Role> staffRoles() {
        return byName.values().stream().filter(Role::isStaff).collect(Collectors.toUnmodifiableSet());
    }
}
