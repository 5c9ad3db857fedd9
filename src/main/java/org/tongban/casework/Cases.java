package org.tongban.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Cases extends JpaRepository<Case, Long> {

    Optional<Case> findByCaseNumber(String caseNumber);

    Optional<Case> findBySubmittedByAndSubmissionKey(String submittedBy, String submissionKey);

    Page<Case> findByApplicantUsernameOrderBySubmittedAtDesc(String applicantUsername, Pageable page);

    /** The applicant's cases of the given statuses submitted since {@code since}, newest first. */
    List<Case> findByApplicantUsernameAndStatusInAndSubmittedAtAfterOrderBySubmittedAtDesc(String applicantUsername,
            Collection<CaseStatus> statuses, Instant since, Pageable page);

    /**
     * The inbox: cases held by one of the roles (patterns {@code %,ROLE,%}; pass '-' for unused ones), in the
     * caller's region (LIKE) and department ('' = any), of the given statuses and, unless {@code anyDeadline}, with the current
     * deadline (intake before acceptance, promised after) in [from, to] while the clock runs.
     */
    @Query("""
            select c from Case c
            where (c.holderRole like :role1 or c.holderRole like :role2 or c.holderRole like :role3)
              and c.regionCode like :regionPattern
              and (:department = '' or c.departmentCode = :department)
              and c.status in :statuses
              and (:anyDeadline = true or (c.status not in :unlit
                   and (case when c.status = :submitted then c.intakeDeadline else c.promisedDeadline end)
                       between :from and :to))
            order by c.submittedAt""")
    Page<Case> inbox(@Param("role1") String role1, @Param("role2") String role2, @Param("role3") String role3,
            @Param("regionPattern") String regionPattern, @Param("department") String department,
            @Param("statuses") Collection<CaseStatus> statuses,
            @Param("anyDeadline") boolean anyDeadline, @Param("unlit") List<CaseStatus> unlit,
            @Param("submitted") CaseStatus submitted, @Param("from") LocalDate from,
            @Param("to") LocalDate to, Pageable page);

    /** Active cases in scope whose deadline has passed and whose leaders were not told yet. */
    @Query("""
            select c from Case c
            where c.overdueNotified = false
              and ((c.status in :intake and c.intakeDeadline < :today)
                or (c.status in :running and c.promisedDeadline < :today))""")
    List<Case> newlyOverdue(@Param("intake") List<CaseStatus> intake, @Param("running") List<CaseStatus> running,
            @Param("today") LocalDate today, Pageable page);
}
