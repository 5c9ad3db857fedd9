package org.tongban.feedback;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.region.HallView;
import org.tongban.region.RegionDirectory;
import org.tongban.shared.Actor;
import org.tongban.shared.AuditTrail;
import org.tongban.shared.BusinessException;
import org.tongban.shared.CommonError;
import org.tongban.shared.InputCheck;

/**
 * 一次一评 at a window: the member of staff serving someone in person opens a service contact for the hall and
 * window they sit at; the tablet facing the applicant shows the contact's rating page through a one-use token,
 * so the rating names the hall, the window and the member of staff without anyone typing them.
 */
@Service
public class ServiceContacts {

    private final JdbcClient jdbc;
    private final RegionDirectory regions;
    private final AuditTrail audit;
    private final Clock clock;

    ServiceContacts(JdbcClient jdbc, RegionDirectory regions, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    /** An opened contact: its id and the token for the tablet's page (shown once, never stored). */
    public record Opened(long id, String token, String hallName, String windowNumber) {
    }

    /** Opens a contact for {@code topic} at the given hall and window, by the member of staff acting. */
    @Transactional
    public Opened open(String hallCode, String windowNumber, String topic, String applicantKind, Actor actor) {
        if (!actor.isStaff() || actor.departmentCode() == null) {
            throw new BusinessException(CommonError.FORBIDDEN);
        }
        InputCheck check = new InputCheck();
        String subject = check.required("topic", topic, 200);
        HallView hall = regions.halls(List.of(hallCode == null ? "" : hallCode.strip())).stream().findFirst()
                .filter(h -> actor.dataScope().includes(h.region(), actor.departmentCode())).orElse(null);
        check.check(hall != null, "hallCode", CommonError.INVALID_INPUT);
        boolean window = hall != null && hall.windows().stream().anyMatch(w -> w.number().equals(windowNumber));
        check.check(window || hall == null, "windowNumber", CommonError.INVALID_INPUT);
        String kind = "ENTERPRISE".equals(applicantKind) ? "ENTERPRISE" : "PERSON";
        check.throwIfAny();
        String token = Tokens.newToken();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into service_contact (token_hash, topic, hall_code, window_number, staff_username, region_code,
                    department_code, applicant_kind, created_at)
                values (:hash, :topic, :hall, :window, :staff, :region, :department, :kind, :at)
                """).param("hash", Tokens.hash(token)).param("topic", subject).param("hall", hall.code())
                .param("window", windowNumber).param("staff", actor.username()).param("region", hall.regionCode())
                .param("department", actor.departmentCode()).param("kind", kind)
                .param("at", Timestamp.from(clock.instant())).update(key, "id");
        long id = key.getKey().longValue();
        audit.record(actor, "SERVICE_CONTACT_OPENED", "service_contact", String.valueOf(id), "hall=" + hall.code());
        return new Opened(id, token, hall.name(), windowNumber);
    }
}
