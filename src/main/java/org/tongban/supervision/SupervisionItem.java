package org.tongban.supervision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One supervision item as stored. {@code responsiblePerson} is the username of the member of staff named
 * responsible, null for an item opened for a feedback problem (its unit's leaders answer for it).
 */
record SupervisionItem(long id, String itemNumber, SupervisionSource source, String sourceRef, String title,
        String requiredResult, String regionCode, String departmentCode, String responsiblePerson,
        LocalDate deadline, SupervisionLevel level, SupervisionStatus status, boolean urged,
        boolean reportedToRegion, LocalDate recheckOn, String openedBy, Instant openedAt, Instant closedAt,
        long version) {

    SupervisionItem withStatus(SupervisionStatus newStatus) {
        return new SupervisionItem(id, itemNumber, source, sourceRef, title, requiredResult, regionCode, departmentCode,
                responsiblePerson, deadline, level, newStatus, urged, reportedToRegion, recheckOn, openedBy, openedAt,
                closedAt, version);
    }

    SupervisionItem withLevel(SupervisionLevel newLevel) {
        return new SupervisionItem(id, itemNumber, source, sourceRef, title, requiredResult, regionCode, departmentCode,
                responsiblePerson, deadline, newLevel, status, urged, reportedToRegion, recheckOn, openedBy, openedAt,
                closedAt, version);
    }

    SupervisionItem withUrged() {
        return new SupervisionItem(id, itemNumber, source, sourceRef, title, requiredResult, regionCode, departmentCode,
                responsiblePerson, deadline, level, status, true, reportedToRegion, recheckOn, openedBy, openedAt,
                closedAt, version);
    }

    SupervisionItem withReportedToRegion() {
        return new SupervisionItem(id, itemNumber, source, sourceRef, title, requiredResult, regionCode, departmentCode,
                responsiblePerson, deadline, level, status, urged, true, recheckOn, openedBy, openedAt, closedAt,
                version);
    }

    /** Closed at {@code at}, with the 回头看 due on {@code recheck}. */
    SupervisionItem closed(Instant at, LocalDate recheck) {
        return new SupervisionItem(id, itemNumber, source, sourceRef, title, requiredResult, regionCode, departmentCode,
                responsiblePerson, deadline, level, SupervisionStatus.CLOSED, urged, reportedToRegion, recheck, openedBy,
                openedAt, at, version);
    }

    /** The 回头看 passed: closed for good. */
    SupervisionItem rechecked() {
        return new SupervisionItem(id, itemNumber, source, sourceRef, title, requiredResult, regionCode, departmentCode,
                responsiblePerson, deadline, level, status, urged, reportedToRegion, null, openedBy, openedAt, closedAt,
                version);
    }

    /** The problem came back: reopened with a new deadline, not urged, no level, not reported up. */
    SupervisionItem reopened(LocalDate newDeadline) {
        return new SupervisionItem(id, itemNumber, source, sourceRef, title, requiredResult, regionCode, departmentCode,
                responsiblePerson, newDeadline, SupervisionLevel.NONE, SupervisionStatus.REOPENED, false, false, null,
                openedBy, openedAt, null, version);
    }

    /** The item's page in the workspace, where every message about it leads. */
    String link() {
        return "/workspace/supervision/items/" + itemNumber;
    }

    /** The 回头看 is due on {@code today} and not yet recorded. */
    boolean recheckDue(LocalDate today) {
        return status == SupervisionStatus.CLOSED && recheckOn != null && !today.isBefore(recheckOn);
    }
}
