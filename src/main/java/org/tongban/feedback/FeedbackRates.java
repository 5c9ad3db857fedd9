package org.tongban.feedback;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.shared.Actor;
import org.tongban.shared.DataScope;
import org.tongban.shared.TimeConfiguration;

/**
 * The six rates supervisors watch, over a period and the caller's data scope. Each is a numerator over a
 * denominator, both shown, so a page never hides a rate of 0 out of 0 behind "100 %". Formulas (also in the
 * README and on the supervision page):
 * <ul>
 *   <li>主动评价率 = 主动评价数 ÷ (主动评价数 + 默认评价数), ratings recorded in the period;</li>
 *   <li>好评率 = 非常满意、满意、基本满意的主动评价数 ÷ 主动评价数 (appeals upheld excluded from both);</li>
 *   <li>差评整改率 = 整改已办结的差评数 ÷ 差评数 (not excluded);</li>
 *   <li>实名差评回访率 = 已回访的实名差评数 ÷ 实名差评数 (not excluded);</li>
 *   <li>按期办结率 = 在办理时限（含批准的延期）内办结的工单数 ÷ 办结的工单数, closed in the period;</li>
 *   <li>回访满意率 = 回访满意数 ÷ 回访数, over tickets closed and bad ratings given in the period (a ticket's
 *       satisfied call-back, a rectification's call-back at 基本满意 or better).</li>
 * </ul>
 */
@Service
public class FeedbackRates {

    private final JdbcClient jdbc;
    FeedbackRates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One rate: {@code key} names it in the messages ({@code feedback.rate.<key>} and its {@code .formula}). */
    public record Rate(String key, long numerator, long denominator) {

        /** Percent with one decimal, or null when there is nothing to divide. */
        public Double percent() {
            return denominator == 0 ? null : Math.round(numerator * 1000.0 / denominator) / 10.0;
        }
    }

    /** The rates of ratings and tickets in the caller's scope, from {@code from} to {@code to} inclusive. */
    @Transactional(readOnly = true)
    public List<Rate> rates(Actor actor, LocalDate from, LocalDate to) {
        DataScope scope = actor.dataScope();
        String department = scope.departmentCode() == null ? "" : scope.departmentCode();
        Timestamp start = Timestamp.from(from.atStartOfDay(TimeConfiguration.ZONE).toInstant());
        Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(TimeConfiguration.ZONE).toInstant());
        Counts r = jdbc.sql("""
                select
                  coalesce(sum(case when r.active then 1 else 0 end), 0) as active_count,
                  count(*) as all_count,
                  coalesce(sum(case when r.active and not r.excluded and r.level >= 3 then 1 else 0 end), 0) as good_count,
                  coalesce(sum(case when r.active and not r.excluded then 1 else 0 end), 0) as counted,
                  coalesce(sum(case when r.level <= 2 and not r.excluded and x.status = 'CLOSED' then 1 else 0 end), 0) as bad_closed,
                  coalesce(sum(case when r.level <= 2 and not r.excluded then 1 else 0 end), 0) as bad_count,
                  coalesce(sum(case when r.level <= 2 and not r.excluded and r.rater_username is not null
                      and x.follow_up_level is not null then 1 else 0 end), 0) as named_followed,
                  coalesce(sum(case when r.level <= 2 and not r.excluded and r.rater_username is not null then 1 else 0 end), 0) as named_bad,
                  coalesce(sum(case when x.follow_up_level >= 3 then 1 else 0 end), 0) as call_satisfied,
                  coalesce(sum(case when x.follow_up_level is not null then 1 else 0 end), 0) as calls
                from rating r left join rectification x on x.rating_id = r.id
                where r.rated_at >= :start and r.rated_at < :end and r.region_code like :region
                  and (:department = '' or r.department_code = :department)
                """)
                .param("start", start).param("end", end).param("region", scope.regionPattern())
                .param("department", department)
                .query((rs, n) -> new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10)))
                .single();
        long[] t = jdbc.sql("""
                select
                  coalesce(sum(case when t.closed_at <= coalesce(t.extension_until, t.due_at) then 1 else 0 end), 0),
                  count(*),
                  coalesce(sum(case when t.satisfied then 1 else 0 end), 0),
                  coalesce(sum(case when t.satisfied is not null then 1 else 0 end), 0)
                from ticket t
                where t.closed_at >= :start and t.closed_at < :end and t.region_code like :region
                  and (:department = '' or exists (select 1 from ticket_assignment a
                       where a.ticket_id = t.id and a.department_code = :department))
                """)
                .param("start", start).param("end", end).param("region", scope.regionPattern())
                .param("department", department)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)})
                .single();
        return List.of(new Rate("active", r.active(), r.all()), new Rate("good", r.good(), r.counted()),
                new Rate("rectified", r.badClosed(), r.bad()), new Rate("followed", r.namedFollowed(), r.namedBad()),
                new Rate("onTime", t[0], t[1]),
                new Rate("satisfied", r.callSatisfied() + t[2], r.calls() + t[3]));
    }

    private record Counts(long active, long all, long good, long counted, long badClosed, long bad, long namedFollowed,
            long namedBad, long callSatisfied, long calls) {
    }
}
