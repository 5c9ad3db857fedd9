package org.tongban.feedback;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.region.DepartmentView;
import org.tongban.region.HallView;
import org.tongban.region.RegionDirectory;
import org.tongban.shared.TimeConfiguration;

/**
 * 评价结果及整改情况向社会公开: for anyone, per department and per hall, the active ratings (appeals upheld left
 * out), how many were good, how many bad, and how many bad ones were rectified and closed. No rater, no text.
 */
@Service
public class FeedbackPublic {

    private final JdbcClient jdbc;
    private final RegionDirectory regions;

    FeedbackPublic(JdbcClient jdbc, RegionDirectory regions) {
        this.jdbc = jdbc;
        this.regions = regions;
    }

    /** One department's or hall's figures; {@code goodPercent} null when nothing was rated. */
    public record Line(String code, String name, long ratings, long good, long bad, long rectified) {

        public Double goodPercent() {
            return ratings == 0 ? null : Math.round(good * 1000.0 / ratings) / 10.0;
        }
    }

    public record Summary(LocalDate from, LocalDate to, List<Line> departments, List<Line> halls) {
    }

    @Transactional(readOnly = true)
    public Summary summary(LocalDate from, LocalDate to) {
        List<Line> departments = lines("department_code", from, to).stream()
                .map(l -> new Line(l.code(), regions.department(l.code()).map(DepartmentView::name).orElse(l.code()),
                        l.ratings(), l.good(), l.bad(), l.rectified()))
                .toList();
        List<Line> hallLines = lines("hall_code", from, to);
        List<HallView> halls = regions.halls(hallLines.stream().map(Line::code).toList());
        List<Line> named = hallLines.stream().map(l -> new Line(l.code(), halls.stream()
                .filter(h -> h.code().equals(l.code())).findFirst().map(HallView::name).orElse(l.code()), l.ratings(),
                l.good(), l.bad(), l.rectified())).toList();
        return new Summary(from, to, departments, named);
    }

    private List<Line> lines(String column, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select r.%1$s, count(*),
                  coalesce(sum(case when r.level >= 3 then 1 else 0 end), 0),
                  coalesce(sum(case when r.level <= 2 then 1 else 0 end), 0),
                  coalesce(sum(case when x.status = 'CLOSED' then 1 else 0 end), 0)
                from rating r left join rectification x on x.rating_id = r.id
                where r.active and not r.excluded and r.%1$s is not null and r.rated_at >= :start and r.rated_at < :end
                group by r.%1$s order by count(*) desc
                limit 200
                """.formatted(column))
                .param("start", Timestamp.from(from.atStartOfDay(TimeConfiguration.ZONE).toInstant()))
                .param("end", Timestamp.from(to.plusDays(1).atStartOfDay(TimeConfiguration.ZONE).toInstant()))
                .query((rs, n) -> new Line(rs.getString(1), rs.getString(1), rs.getLong(2), rs.getLong(3),
                        rs.getLong(4), rs.getLong(5)))
                .list();
    }
}
