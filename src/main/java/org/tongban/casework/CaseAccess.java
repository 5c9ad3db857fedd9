package org.tongban.casework;

import org.tongban.identity.AccountRole;
import org.tongban.shared.Actor;
import org.tongban.shared.RegionCode;
import org.tongban.shared.Role;

/**
 * Who may see a case and who may act on it. The applicant sees their own cases; staff see the cases of
 * their data scope (region and, unless region-wide, department). A staff action is the caller's only when
 * one of their roles holds the current step; the applicant's actions (correction, withdrawal) are theirs,
 * or a window clerk's for a case entered at a window.
 */
final class CaseAccess {

    private CaseAccess() {
    }

    static boolean canSee(Case aCase, Actor actor) {
        if (actor.username().equals(aCase.applicantUsername())) {
            return true;
        }
        return actor.isStaff() && actor.dataScope().includes(RegionCode.of(aCase.regionCode()), aCase.departmentCode());
    }

    static boolean mayTake(Case aCase, CaseAction action, Actor actor) {
        if (action.byApplicant()) {
            return actor.username().equals(aCase.applicantUsername())
                    || (aCase.channel() == Channel.WINDOW && actor.has(CaseworkRole.WINDOW_CLERK) && canSee(aCase, actor));
        }
        if (!actor.isStaff()) {
            return false;
        }
        if (action == CaseAction.START_SPECIAL_PROCEDURE || action == CaseAction.END_SPECIAL_PROCEDURE) {
            return holds(aCase, actor, CaseworkRole.APPROVER) || holds(aCase, actor, AccountRole.DEPARTMENT_LEADER);
        }
        return actor.roles().stream().anyMatch(role -> holds(aCase, actor, role));
    }

    private static boolean holds(Case aCase, Actor actor, Role role) {
        return actor.has(role) && aCase.holderRole() != null && aCase.holderRole().contains("," + role.name() + ",");
    }
}
