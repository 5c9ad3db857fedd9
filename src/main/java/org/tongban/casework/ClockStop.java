package org.tongban.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A period in which a case's clock stood still: a correction (补正) or a special procedure (特别程序).
 * {@code workingDays} is set when it ends: the working days the deadlines were moved by.
 */
@Entity
@Table(name = "case_clock_stop")
class ClockStop {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id")
    private Long caseId;
    private String kind;
    private String reason;
    @Column(name = "planned_days")
    private Integer plannedDays;
    @Column(name = "started_on")
    private LocalDate startedOn;
    @Column(name = "ended_on")
    private LocalDate endedOn;
    @Column(name = "working_days")
    private Integer workingDays;

    protected ClockStop() {
    }

    ClockStop(Long caseId, String kind, String reason, Integer plannedDays, LocalDate startedOn) {
        this.caseId = caseId;
        this.kind = kind;
        this.reason = reason;
        this.plannedDays = plannedDays;
        this.startedOn = startedOn;
    }

    void end(LocalDate on, int workingDays) {
        this.endedOn = on;
        this.workingDays = workingDays;
    }

    String kind() {
        return kind;
    }

    String reason() {
        return reason;
    }

    Integer plannedDays() {
        return plannedDays;
    }

    LocalDate startedOn() {
        return startedOn;
    }

    LocalDate endedOn() {
        return endedOn;
    }

    Integer workingDays() {
        return workingDays;
    }
}
