package org.tongban.supervision;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.casework.CaseEvent;
import org.tongban.casework.CaseOverdue;
import org.tongban.casework.CaseStatus;
import org.tongban.casework.Channel;
import org.tongban.casework.WorkingCalendar;
import org.tongban.identity.AccountRole;
import org.tongban.shared.Actor;
import org.tongban.shared.DataScope;

/**
 * Overdue cases (超期办件) as supervision sees them: a read model fed by casework's events. A case enters when
 * it goes overdue, follows its status on every later step, and leaves once it reaches a final status.
 */
@Service
public class OverdueCases {

    private final JdbcClient jdbc;
    private final WorkingCalendar calendar;
    private final Clock clock;

    OverdueCases(JdbcClient jdbc, WorkingCalendar calendar, Clock clock) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** One overdue case; {@code overdueDays} working days past its deadline today. */
    public record OverdueRow(String caseNumber, String itemName, CaseStatus status, Channel channel,
            LocalDate deadline, int overdueDays, String departmentCode) {
    }

    public record OverduePage(long total, int page, int size, List<OverdueRow> rows) {
    }

    @ApplicationModuleListener
    void on(CaseOverdue event) {
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.sql("update supervision_overdue_case set status = ?, deadline = ?, updated_at = ? "
                        + "where case_number = ?")
                .params(event.status().name(), event.deadline(), now, event.facts().caseNumber()).update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into supervision_overdue_case (case_number, item_name, region_code, department_code, channel,
                      status, deadline, overdue_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(event.facts().caseNumber(), event.facts().itemName(), event.facts().regionCode(),
                            event.facts().departmentCode(), event.facts().channel().name(), event.status().name(),
                            event.deadline(), Timestamp.from(event.at()), now)
                    .update();
        }
    }

    @ApplicationModuleListener
    void on(CaseEvent event) {
        if (event.status().isFinal()) {
            jdbc.sql("delete from supervision_overdue_case where case_number = ?").param(event.facts().caseNumber())
                    .update();
        } else {
            jdbc.sql("update supervision_overdue_case set status = ?, updated_at = ? where case_number = ?")
                    .params(event.status().name(), Timestamp.from(clock.instant()), event.facts().caseNumber())
                    .update();
        }
    }

    /** The overdue cases in the caller's scope, the longest overdue first; supervisors, leaders, administrators. */
    @Transactional(readOnly = true)
    public OverduePage page(Actor actor, int page, int size) {
        int chosenSize = Math.min(Math.max(size, 1), 100);
        int chosenPage = Math.max(page, 0);
        DataScope scope = actor.dataScope();
        boolean allowed = actor.has(AccountRole.SUPERVISOR) || actor.has(AccountRole.DEPARTMENT_LEADER)
                || actor.has(AccountRole.SYSTEM_ADMIN);
        if (!allowed || scope.isNone()) {
            return new OverduePage(0, chosenPage, chosenSize, List.of());
        }
        String department = scope.departmentCode() == null ? "" : scope.departmentCode();
        long total = jdbc.sql("""
                        select count(*) from supervision_overdue_case
                        where region_code like :region and (:department = '' or department_code = :department)""")
                .param("region", scope.regionPattern()).param("department", department).query(Long.class).single();
        LocalDate today = LocalDate.now(clock);
        List<OverdueRow> rows = jdbc.sql("""
                        select case_number, item_name, status, channel, deadline, department_code
                        from supervision_overdue_case
                        where region_code like :region and (:department = '' or department_code = :department)
                        order by deadline, case_number
                        limit :limit offset :offset""")
                .param("region", scope.regionPattern()).param("department", department)
                .param("limit", chosenSize).param("offset", (long) chosenPage * chosenSize)
                .query((rs, n) -> {
                    LocalDate deadline = rs.getObject(5, LocalDate.class);
                    return new OverdueRow(rs.getString(1), rs.getString(2), CaseStatus.valueOf(rs.getString(3)),
                            Channel.valueOf(rs.getString(4)), deadline, calendar.workingDaysBetween(deadline, today),
                            rs.getString(6));
                })
                .list();
        return new OverduePage(total, chosenPage, chosenSize, rows);
    }
}
