package org.tongban.shared;

import java.util.Objects;
import java.util.Set;

/**
 * One entry of the staff workspace (工作台), contributed by the module that owns the page behind it:
 * where it leads, its title and text (message keys) and who sees it ({@code roles} empty: every staff
 * member). The module's {@link AccessRules} still decide who may open the page; a tile only spares the
 * others a link they cannot use. Tiles are shown by {@code order}.
 */
public record WorkspaceTile(int order, String href, String titleKey, String textKey, Set<Role> roles) {

    public WorkspaceTile {
        Objects.requireNonNull(href);
        Objects.requireNonNull(titleKey);
        Objects.requireNonNull(textKey);
        if (!href.startsWith("/")) {
            throw new IllegalArgumentException("A tile leads to a path of the platform: " + href);
        }
        roles = Set.copyOf(roles);
    }

    /** Whether the actor, a staff member, sees this tile. */
    public boolean shownTo(Actor actor) {
        return actor.isStaff() && (roles.isEmpty() || roles.stream().anyMatch(actor::has));
    }
}
