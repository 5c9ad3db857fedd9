package org.tongban.feedback;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.feedback.Tickets.Category;
import org.tongban.feedback.Tickets.Status;
import org.tongban.region.DepartmentView;
import org.tongban.region.RegionDirectory;
import org.tongban.shared.Actor;
import org.tongban.shared.BusinessException;
import org.tongban.shared.CommonError;
import org.tongban.shared.TimeConfiguration;

/**
 * Open311 GeoReport v2 over the ticket lifecycle, so existing Open311 clients list our categories as services,
 * submit requests and follow them. Each answer is a list of ordered maps with the specification's field names,
 * which the controller writes as JSON or XML. A request's public view carries its title (not the full text),
 * never the requester; {@code status} is {@code open} until the ticket is closed.
 */
@Service
public class Open311 {

    static final int MAX_LISTED = 1000;

    private final Tickets tickets;
    private final JdbcClient jdbc;
    private final RegionDirectory regions;
    private final MessageSource texts;

    Open311(Tickets tickets, JdbcClient jdbc, RegionDirectory regions, MessageSource texts) {
        this.tickets = tickets;
        this.jdbc = jdbc;
        this.regions = regions;
        this.texts = texts;
    }

    /** GET services: every category, realtime, without extra attributes. */
    public List<Map<String, Object>> services() {
        List<Map<String, Object>> services = new ArrayList<>();
        for (Category category : Category.values()) {
            Map<String, Object> service = new LinkedHashMap<>();
            service.put("service_code", category.name());
            service.put("service_name", text("feedback.category." + category.name()));
            service.put("description", text("feedback.category." + category.name() + ".text"));
            service.put("metadata", false);
            service.put("type", "realtime");
            service.put("keywords", "");
            service.put("group", text("feedback.kind." + category.kind().name()));
            services.add(service);
        }
        return services;
    }

    /** POST requests: a ticket from the request's fields; answers its id and when it is due. */
    @Transactional
    public List<Map<String, Object>> submit(Map<String, String> fields, Actor actor) {
        String name = join(fields.get("last_name"), fields.get("first_name"));
        Tickets.NewTicket ticket = new Tickets.NewTicket(null, required(fields, "service_code"), false, null,
                fields.get("description"), Boolean.FALSE, name, fields.get("phone"), null, null,
                fields.get("address_string"), number(fields, "lat"), number(fields, "long"), null);
        Tickets.Created created = tickets.create(ticket, Tickets.Source.OPEN311, actor, List.of());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("service_request_id", created.ticketNumber());
        answer.put("service_notice", text("feedback.open311.notice", time(created.dueAt())));
        answer.put("account_id", null);
        return List.of(answer);
    }

    /** GET requests: by ids (comma-separated) or by code, status and dates (the last 90 days by default). */
    @Transactional(readOnly = true)
    public List<Map<String, Object>> requests(String ids, String serviceCode, String status, Instant start, Instant end) {
        StringBuilder where = new StringBuilder("t.status <> 'MERGED'");
        Map<String, Object> params = new LinkedHashMap<>();
        if (ids != null && !ids.isBlank()) {
            where.append(" and t.ticket_number in (:ids)");
            params.put("ids", List.of(ids.split(",")).stream().map(String::strip).toList());
        } else {
            where.append(" and t.created_at >= :start and t.created_at < :end");
            params.put("start", Timestamp.from(start));
            params.put("end", Timestamp.from(end));
            if (serviceCode != null && !serviceCode.isBlank()) {
                where.append(" and t.category = :code");
                params.put("code", serviceCode.strip());
            }
            if ("open".equals(status)) {
                where.append(" and t.status not in ('CLOSED', 'ARCHIVED')");
            } else if ("closed".equals(status)) {
                where.append(" and t.status in ('CLOSED', 'ARCHIVED')");
            } else if (status != null && !status.isBlank()) {
                throw BusinessException.onField("status", CommonError.INVALID_INPUT);
            }
        }
        JdbcClient.StatementSpec spec = jdbc.sql("select t.* from ticket t where " + where
                + " order by t.created_at desc limit " + MAX_LISTED);
        for (Map.Entry<String, Object> p : params.entrySet()) {
            spec = spec.param(p.getKey(), p.getValue());
        }
        return spec.query(Tickets.Row.class).list().stream().map(this::request).toList();
    }

    /** GET one request; unknown ids are 404. */
    @Transactional(readOnly = true)
    public List<Map<String, Object>> request(String id) {
        Tickets.Row row = tickets.row(id).filter(r -> r.status() != Status.MERGED)
                .orElseThrow(() -> new BusinessException(FeedbackError.TICKET_NOT_FOUND));
        return List.of(request(row));
    }

    private Map<String, Object> request(Tickets.Row t) {
        boolean closed = t.status() == Status.CLOSED || t.status() == Status.ARCHIVED;
        String agency = jdbc.sql("""
                select department_code from ticket_assignment where ticket_id = :id and status <> 'RETURNED'
                order by lead desc, id
                """).param("id", t.id()).query(String.class).list().stream().findFirst()
                .flatMap(regions::department).map(DepartmentView::name).orElse(text("feedback.open311.hotline"));
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("service_request_id", t.ticketNumber());
        request.put("status", closed ? "closed" : "open");
        request.put("status_notes", text("feedback.ticket.status." + t.status().name()));
        request.put("service_name", text("feedback.category." + t.category().name()));
        request.put("service_code", t.category().name());
        request.put("description", t.title());
        request.put("agency_responsible", agency);
        request.put("service_notice", null);
        request.put("requested_datetime", time(t.createdAt()));
        request.put("updated_datetime", time(t.updatedAt()));
        request.put("expected_datetime", time(t.extensionUntil() != null ? t.extensionUntil() : t.dueAt()));
        request.put("address", t.address());
        request.put("address_id", null);
        request.put("zipcode", null);
        request.put("lat", t.latitude());
        request.put("long", t.longitude());
        request.put("media_url", null);
        return request;
    }

    /** W3C date-time with the offset, as GeoReport asks. */
    static String time(Instant at) {
        return OffsetDateTime.ofInstant(at, TimeConfiguration.ZONE).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static String required(Map<String, String> fields, String name) {
        String value = fields.get(name);
        if (value == null || value.isBlank()) {
            throw BusinessException.onField(name, CommonError.FIELD_REQUIRED);
        }
        return value;
    }

    private static Double number(Map<String, String> fields, String name) {
        String value = fields.get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw BusinessException.onField(name, CommonError.INVALID_INPUT);
        }
    }

    private static String join(String last, String first) {
        String name = (last == null ? "" : last.strip()) + (first == null ? "" : first.strip());
        return name.isEmpty() ? null : name;
    }

    private String text(String key, Object... arguments) {
        return texts.getMessage(key, arguments, Locale.SIMPLIFIED_CHINESE);
    }
}
