package org.tongban.supervision;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Everything that happens to an item, as its steps record it. The first five are taken by people through the
 * API ({@code report} by the responsible unit's staff, the others by a supervisor), each allowed only from the
 * statuses it names; the rest are the platform's own (opening, escalation, the report to the level above, the
 * automatic re-check's reopening, and 集中会商 records).
 */
public enum SupervisionAction {
    REPORT(true, EnumSet.of(SupervisionStatus.OPEN, SupervisionStatus.REOPENED)),
    VERIFY(true, EnumSet.of(SupervisionStatus.REPORTED)),
    REJECT(true, EnumSet.of(SupervisionStatus.REPORTED)),
    RECHECK(true, EnumSet.of(SupervisionStatus.CLOSED)),
    URGE(true, EnumSet.of(SupervisionStatus.OPEN, SupervisionStatus.REOPENED)),
    OPEN(false, EnumSet.noneOf(SupervisionStatus.class)),
    ESCALATE(false, EnumSet.of(SupervisionStatus.OPEN, SupervisionStatus.REOPENED)),
    REPORT_UP(false, EnumSet.of(SupervisionStatus.OPEN, SupervisionStatus.REOPENED)),
    REOPEN(false, EnumSet.of(SupervisionStatus.CLOSED)),
    CONSULT(false, EnumSet.allOf(SupervisionStatus.class));

    private final boolean taken;
    private final Set<SupervisionStatus> from;

    SupervisionAction(boolean taken, Set<SupervisionStatus> from) {
        this.taken = taken;
        this.from = from;
    }

    /** Whether the action may be taken on an item in {@code status}. */
    public boolean allowedFrom(SupervisionStatus status) {
        return from.contains(status);
    }

    /** An action a person may ask for by its lower-case name ({@code report}, {@code verify}, …). */
    static Optional<SupervisionAction> taken(String name) {
        for (SupervisionAction action : values()) {
            if (action.taken && action.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }
}
