/**
 * 办件、审批: cases and the approval workflow. A submitted application becomes a case with a 办件编号 and a
 * BPMN process (Flowable; the standard one or the listing's own). Staff accept, ask for a correction once
 * (一次性告知), refuse, examine, run special procedures, decide (with a leader's 签发 where required),
 * finish and deliver; the applicant corrects or withdraws. Time limits count working days on the holiday
 * and 调休 calendar and stand still while the clock is stopped; overdue cases are reported to their leaders.
 * Notices and decisions are PDFs with a QR code (laid out by the document module). Staff pick opinions and
 * decision texts from templates that each department's leader keeps, filled in for the case.
 * <p>{@link org.tongban.casework.Case} is the aggregate: each transition checks that the status allows it and
 * registers its {@link org.tongban.casework.CaseEvent} (a sealed family, published when the case is saved);
 * {@link org.tongban.casework.CaseActions} takes one {@link org.tongban.casework.CaseCommand} per action,
 * drives the process and writes the step and the audit record in the same transaction. Demo mode rewrites a
 * case's history only through {@link org.tongban.casework.CaseHistory}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "办件、审批",
        allowedDependencies = {"catalog", "document::pdf", "identity", "notification", "region", "shared"})
package org.tongban.casework;
