package org.tongban.casework;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.catalog.Catalog;
import org.tongban.catalog.ItemDetail;
import org.tongban.identity.AccountRole;
import org.tongban.shared.Actor;
import org.tongban.shared.AuditTrail;
import org.tongban.shared.BusinessException;
import org.tongban.shared.CommonError;
import org.tongban.shared.InputCheck;
import org.tongban.shared.Problems;

/**
 * 常用意见与决定模板: the opinions and decision texts staff pick from when they approve, deny, refuse or start a
 * special procedure. The platform's texts serve every department; a department's leader adds the department's
 * own. A text may hold placeholders, filled in from the case when it is offered, so a decision reads as
 * written for that case: {@code {事项名称}}, {@code {办件编号}}, {@code {申请日期}}, {@code {设定依据}}.
 */
@Service
public class OpinionTemplates {

    /** The actions that take an opinion or reason from a template. */
    public static final List<String> ACTIONS = List.of("approve", "deny", "refuse", "start-special-procedure");
    public static final List<String> PLACEHOLDERS = List.of("事项名称", "办件编号", "申请日期", "设定依据");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    private static final int MAX_TEXT = 500;
    private static final int MAX_PER_DEPARTMENT = 200;

    private final JdbcClient jdbc;
    private final Catalog catalog;
    private final AuditTrail audit;
    private final Clock clock;
    private final ZoneId zone;

    private final MessageSource texts;

    OpinionTemplates(JdbcClient jdbc, Catalog catalog, AuditTrail audit, Clock clock,
            MessageSource texts) {
        this.texts = texts;
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.audit = audit;
        this.clock = clock;
        this.zone = clock.getZone();
    }

    /** A template: {@code departmentCode} null for the platform's own. */
    public record Template(long id, String departmentCode, String action, String text) {

        public boolean platformWide() {
            return departmentCode == null;
        }
    }

    /** The platform's templates and the department's, the platform's first, in the order written. */
    @Transactional(readOnly = true)
    public List<Template> forDepartment(String departmentCode) {
        return jdbc.sql("select id, department_code, action, text from opinion_template "
                        + "where department_code is null or department_code = ? order by case when department_code is null then 0 else 1 end, id")
                .param(departmentCode == null ? "" : departmentCode)
                .query((rs, n) -> new Template(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    /** The texts offered on a case, by action, with the placeholders filled in from the case. */
    @Transactional(readOnly = true)
    public Map<String, List<String>> offeredFor(CaseQueries.CaseView view) {
        String basis = catalog.published(view.itemCode()).map(ItemDetail::legalBasis).orElse("");
        Map<String, String> values = Map.of("事项名称", view.itemName(), "办件编号", view.caseNumber(),
                "申请日期", LocalDate.ofInstant(view.submittedAt(), zone).toString(),
                "设定依据", basis == null || basis.isBlank()
                        ? texts.getMessage("opinions.basis.none", null, Problems.LOCALE) : firstBasis(basis));
        Map<String, List<String>> offered = new LinkedHashMap<>();
        for (Template template : forDepartment(view.departmentCode())) {
            offered.computeIfAbsent(template.action(), a -> new ArrayList<>()).add(filled(template.text(), values));
        }
        return offered;
    }

    /**
     * Adds a template for the actor's department (a department leader) or for the whole platform (a system
     * administrator with {@code platformWide}). Every problem is reported at once; nothing is stored then.
     */
    @Transactional
    public Template add(Actor actor, String action, String text, boolean platformWide) {
        String department = department(actor, platformWide);
        var check = new InputCheck();
        if (action == null || !ACTIONS.contains(action)) {
            check.add("action", CaseError.TEMPLATE_ACTION_INVALID);
        }
        String cleaned = check.required("text", text, MAX_TEXT);
        if (cleaned != null) {
            Matcher matcher = PLACEHOLDER.matcher(cleaned);
            while (matcher.find()) {
                if (!PLACEHOLDERS.contains(matcher.group(1))) {
                    check.add("text", CaseError.TEMPLATE_PLACEHOLDER_UNKNOWN, matcher.group(),
                            String.join("、", PLACEHOLDERS.stream().map(p -> "{" + p + "}").toList()));
                    break;
                }
            }
        }
        long count = jdbc.sql("select count(*) from opinion_template where "
                        + (department == null ? "department_code is null" : "department_code = ?"))
                .params(department == null ? List.of() : List.of(department)).query(Long.class).single();
        check.check(count < MAX_PER_DEPARTMENT, "text", CaseError.TEMPLATES_TOO_MANY, MAX_PER_DEPARTMENT);
        check.throwIfAny();
        var key = new GeneratedKeyHolder();
        jdbc.sql("insert into opinion_template (department_code, action, text, created_by, created_at) values (?, ?, ?, ?, ?)")
                .params(department, action, cleaned, actor.username(), Timestamp.from(clock.instant())).update(key, "id");
        long id = key.getKeyAs(Long.class);
        audit.record(actor, "OPINION_TEMPLATE_ADDED", "opinion-template", String.valueOf(id), "action=" + action);
        return new Template(id, department, action, cleaned);
    }

    /** Removes a template of the actor's department (or, for a system administrator, one of the platform's). */
    @Transactional
    public void remove(Actor actor, long id) {
        Template template = jdbc.sql("select id, department_code, action, text from opinion_template where id = ?").param(id)
                .query((rs, n) -> new Template(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional().orElseThrow(() -> new BusinessException(CaseError.TEMPLATE_NOT_FOUND));
        String department = department(actor, template.platformWide());
        if (!Objects.equals(department, template.departmentCode())) {
            throw new BusinessException(CommonError.FORBIDDEN);
        }
        jdbc.sql("delete from opinion_template where id = ?").param(id).update();
        audit.record(actor, "OPINION_TEMPLATE_REMOVED", "opinion-template", String.valueOf(id), "action=" + template.action());
    }

    /** Whether the actor keeps templates: a department's leader, or a system administrator. */
    public static boolean keepsTemplates(Actor actor) {
        return actor.has(AccountRole.DEPARTMENT_LEADER) || actor.has(AccountRole.SYSTEM_ADMIN);
    }

    private static String department(Actor actor, boolean platformWide) {
        if (platformWide) {
            if (!actor.has(AccountRole.SYSTEM_ADMIN)) {
                throw new BusinessException(CommonError.FORBIDDEN);
            }
            return null;
        }
        if (!actor.has(AccountRole.DEPARTMENT_LEADER) || actor.departmentCode() == null) {
            throw new BusinessException(CommonError.FORBIDDEN);
        }
        return actor.departmentCode();
    }

    private static String filled(String text, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(matcher.group(1), matcher.group())));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** The first law a listing's 设定依据 names (its text up to the first article or line break). */
    private static String firstBasis(String basis) {
        String first = basis.strip().split("[\\r\\n；;]")[0];
        int article = first.indexOf('》');
        return article > 0 ? first.substring(0, article + 1) : first.length() > 60 ? first.substring(0, 60) : first;
    }
}
