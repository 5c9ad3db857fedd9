package org.tongban.assistant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.casework.CaseworkRole;
import org.tongban.catalog.Catalog;
import org.tongban.identity.AccountRole;
import org.tongban.notification.InAppMessages;
import org.tongban.region.DepartmentView;
import org.tongban.region.RegionDirectory;
import org.tongban.shared.Actor;
import org.tongban.shared.AuditTrail;
import org.tongban.shared.BusinessException;
import org.tongban.shared.CommonError;
import org.tongban.shared.InputCheck;
import org.tongban.shared.Masking;
import org.tongban.shared.Problems;
import org.tongban.shared.RegionCode;
import org.tongban.shared.Role;
import tools.jackson.databind.json.JsonMapper;

/**
 * 转人工: a conversation handed over to a person. It goes to the department of the item being discussed (or,
 * without one, the region's administrative approval bureau), whose staff see it in their workspace and answer
 * it; the answer appears in the same conversation, in the person's 我的 and as an in-app message. Only a
 * signed-in person or enterprise can hand over, so the answer has somewhere to go.
 */
@Service
public class Consultations {

    private final JdbcClient jdbc;
    private final Assistant assistant;
    private final Catalog catalog;
    private final RegionDirectory regions;
    private final InAppMessages messages;
    private final AuditTrail audit;
    private final Clock clock;
    private final JsonMapper json;
    private final Responsible responsible;
    private final MessageSource texts;

    Consultations(JdbcClient jdbc, Assistant assistant, Catalog catalog, RegionDirectory regions, InAppMessages messages,
            AuditTrail audit, Clock clock, JsonMapper json, Responsible responsible,
            MessageSource texts) {
        this.texts = texts;
        this.responsible = responsible;
        this.jdbc = jdbc;
        this.assistant = assistant;
        this.catalog = catalog;
        this.regions = regions;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
        this.json = json;
    }

    /** A consultation: the question, where it went, and its answer once there is one. */
    public record Consultation(long id, String conversationId, String question, String regionCode, String departmentCode,
            String departmentName, String itemCode, String status, String answer, Instant createdAt, Instant answeredAt) {
    }

    /** Hands the conversation over; {@code question} defaults to the person's last message. */
    @Transactional
    public Consultation handOff(String conversationId, String question, Actor actor) {
        if (actor.isAnonymous() || actor.isStaff()) {
            throw new BusinessException(KnowledgeError.HANDOFF_SIGN_IN);
        }
        var convo = assistant.open(conversationId, actor);
        var check = new InputCheck();
        String asked = question == null || question.isBlank() ? lastQuestion(convo.id()) : check.required("question", question, 1000);
        check.throwIfAny();
        if (asked == null) {
            throw new BusinessException(KnowledgeError.HANDOFF_NOTHING);
        }
        DepartmentView department = responsible.of(convo.itemCode(), convo.region());
        var key = new GeneratedKeyHolder();
        jdbc.sql("insert into consultation (conversation_id, owner, question, region_code, department_code, item_code, status, "
                        + "created_at) values (?, ?, ?, ?, ?, ?, 'OPEN', ?)")
                .params(convo.id(), actor.username(), Masking.inText(asked), department.regionCode(), department.code(),
                        convo.itemCode(), Timestamp.from(clock.instant()))
                .update(key, "id");
        long id = key.getKeyAs(Long.class);
        note(convo.id(), "ASSISTANT", text("consultation.reply.handedOff", department.name()));
        for (Role role : List.of(CaseworkRole.WINDOW_CLERK, AssistantRole.KNOWLEDGE_EDITOR)) {
            messages.toRole(department.regionCode(), department.code(), role, text("consultation.message.new"),
                    cut(Masking.inText(asked), 60), "/workspace/consultations/" + id);
        }
        audit.record(actor, "CONSULTATION_OPENED", "consultation", String.valueOf(id), "department=" + department.code());
        return find(id).orElseThrow();
    }

    /** The consultations of the staff member's department (all of their region for region-wide roles), open first. */
    @Transactional(readOnly = true)
    public List<Consultation> forStaff(Actor staff, String status) {
        if (!staff.isStaff()) {
            throw new BusinessException(CommonError.FORBIDDEN);
        }
        String pattern = staff.dataScope().regionPattern();
        return jdbc.sql(SELECT + " where c.region_code like :pattern and (:department = '' or c.department_code = :department) "
                        + "and (:status = '' or c.status = :status) order by case when c.status = 'OPEN' then 0 else 1 end, c.id desc")
                .param("pattern", pattern == null ? "%" : pattern)
                .param("department", staff.departmentCode() == null || staff.has(AccountRole.SYSTEM_ADMIN) ? "" : staff.departmentCode())
                .param("status", status == null ? "" : status).withMaxRows(200).query(this::consultation).list();
    }

    /** The person's own consultations, newest first. */
    @Transactional(readOnly = true)
    public List<Consultation> mine(Actor actor) {
        return jdbc.sql(SELECT + " where c.owner = ? order by c.id desc").param(actor.username()).withMaxRows(100)
                .query(this::consultation).list();
    }

    /** One consultation, for its department's staff. */
    @Transactional(readOnly = true)
    public Consultation forStaff(long id, Actor staff) {
        Consultation c = find(id).orElseThrow(() -> new BusinessException(KnowledgeError.CONSULTATION_NOT_FOUND));
        if (!staff.isStaff() || !staff.dataScope().includes(RegionCode.of(c.regionCode()), c.departmentCode())
                || (staff.departmentCode() != null && !staff.has(AccountRole.SYSTEM_ADMIN) && !staff.departmentCode().equals(c.departmentCode())
                        && !staff.has(AccountRole.SUPERVISOR))) {
            throw new BusinessException(KnowledgeError.CONSULTATION_NOT_FOUND);
        }
        return c;
    }

    /** Answers a consultation; the person sees it in the conversation, in 我的 and as a message. */
    @Transactional
    public Consultation answer(long id, String text, Actor staff) {
        Consultation c = forStaff(id, staff);
        var check = new InputCheck();
        String answer = check.required("answer", text, 2000);
        check.throwIfAny();
        int updated = jdbc.sql("update consultation set status = 'ANSWERED', answer = ?, answered_by = ?, answered_at = ? "
                        + "where id = ? and status = 'OPEN'")
                .params(answer, staff.username(), Timestamp.from(clock.instant()), id).update();
        if (updated == 0) {
            throw new BusinessException(KnowledgeError.CONSULTATION_ANSWERED);
        }
        note(c.conversationId(), "STAFF", answer);
        String owner = jdbc.sql("select owner from consultation where id = ?").param(id).query(String.class).single();
        messages.toAccount(owner, text("consultation.message.answered"), cut(answer, 80), "/assistant?conversation=" + c.conversationId());
        audit.record(staff, "CONSULTATION_ANSWERED", "consultation", String.valueOf(id), null);
        return find(id).orElseThrow();
    }

    // ---------------------------------------------------------------------------------------------------

    private static final String SELECT = "select c.id, c.conversation_id, c.question, c.region_code, c.department_code, "
            + "c.item_code, c.status, c.answer, c.created_at, c.answered_at from consultation c";

    private Optional<Consultation> find(long id) {
        return jdbc.sql(SELECT + " where c.id = ?").param(id).query(this::consultation).optional();
    }

    private Consultation consultation(ResultSet rs, int n) throws SQLException {
        String department = rs.getString(5);
        return new Consultation(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), department,
                regions.department(department).map(DepartmentView::name).orElse(department), rs.getString(6),
                rs.getString(7), rs.getString(8), rs.getTimestamp(9).toInstant(),
                rs.getTimestamp(10) == null ? null : rs.getTimestamp(10).toInstant());
    }

    private String lastQuestion(String conversationId) {
        return jdbc.sql("select text from conversation_message where conversation_id = ? and role = 'USER' order by id desc")
                .param(conversationId).withMaxRows(1).query(String.class).optional().orElse(null);
    }

    private void note(String conversationId, String role, String text) {
        jdbc.sql("insert into conversation_message (conversation_id, role, text, citations, suggestions, created_at) "
                        + "values (?, ?, ?, ?, ?, ?)")
                .params(conversationId, role, text, json.writeValueAsString(List.of()), json.writeValueAsString(List.of()),
                        Timestamp.from(clock.instant()))
                .update();
    }

    private String text(String key, Object... arguments) {
        return texts.getMessage(key, arguments, Problems.LOCALE);
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length) + "…";
    }
}
