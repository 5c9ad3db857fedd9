package org.tongban.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One entry of a case's history: the step taken, the status it led to, who took it, when, and why. */
@Entity
@Table(name = "case_step")
class CaseStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id")
    private Long caseId;
    private String step;
    private String status;
    private String actor;
    @Column(name = "actor_role")
    private String actorRole;
    private Instant at;
    private String opinion;
    private String detail;

    protected CaseStep() {
    }

    CaseStep(Long caseId, String step, CaseStatus status, String actor, String actorRole, Instant at, String opinion,
            String detail) {
        this.caseId = caseId;
        this.step = step;
        this.status = status.name();
        this.actor = actor;
        this.actorRole = actorRole;
        this.at = at;
        this.opinion = opinion;
        this.detail = detail;
    }

    String step() {
        return step;
    }

    String status() {
        return status;
    }

    String actor() {
        return actor;
    }

    String actorRole() {
        return actorRole;
    }

    Instant at() {
        return at;
    }

    String opinion() {
        return opinion;
    }

    String detail() {
        return detail;
    }
}
