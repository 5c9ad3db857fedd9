package org.tongban.application;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelValidationException;
import dev.cel.common.types.ListType;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.catalog.Catalog;
import org.tongban.catalog.CatalogRole;
import org.tongban.identity.AccountRole;
import org.tongban.identity.Applicants.Applicant;
import org.tongban.shared.AccountKind;
import org.tongban.shared.Actor;
import org.tongban.shared.AuditTrail;
import org.tongban.shared.BusinessException;
import org.tongban.shared.CommonError;
import org.tongban.shared.InputCheck;
import org.tongban.shared.RegionCode;

/**
 * 智能预检: each listing's rules, checked before an application is submitted so the applicant learns exactly
 * what is wrong. A rule is a CEL expression that must be true, with the message shown when it is not. CEL
 * cannot loop, call out or change anything, so administrators may write rules. The expression sees:
 * <ul>
 * <li>{@code form}: the form's fields by name (strings);</li>
 * <li>{@code applicant}: {@code kind} (PERSON / ENTERPRISE), {@code age} (people, in whole years),
 * {@code region} (six-digit region code of the ID number or credit code) and {@code registration} (the
 * credit code's first two characters, e.g. 91 enterprise, 92 individual business);</li>
 * <li>{@code materials}: the names of the materials handed in.</li>
 * </ul>
 * For example: {@code applicant.age >= 18}, {@code '营业执照' in materials},
 * {@code has(form.address) && size(form.address) >= 6}.
 */
@Service
public class PreChecks {

    private static final int MAX_RULES = 30;
    private static final CelCompiler COMPILER = CelCompilerFactory.standardCelCompilerBuilder()
            .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
            .addVar("form", MapType.create(SimpleType.STRING, SimpleType.DYN))
            .addVar("applicant", MapType.create(SimpleType.STRING, SimpleType.DYN))
            .addVar("materials", ListType.create(SimpleType.STRING))
            .setResultType(SimpleType.BOOL)
            .build();
    private static final CelRuntime RUNTIME = CelRuntimeFactory.standardCelRuntimeBuilder().build();

    private final Catalog catalog;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final Map<String, CelRuntime.Program> programs = new ConcurrentHashMap<>();

    PreChecks(Catalog catalog, JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.catalog = catalog;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** A rule: the expression that must hold and the message when it does not. */
    public record Rule(String expression, String message) {
    }

    @Transactional(readOnly = true)
    public List<Rule> rules(String listingCode) {
        return jdbc.sql("select expression, message from listing_rule where listing_code = ? order by ordinal")
                .param(listingCode).query((rs, n) -> new Rule(rs.getString(1), rs.getString(2))).list();
    }

    /** Replaces the listing's rules; every rule must compile to a condition, else nothing changes. */
    @Transactional
    public List<Rule> replace(String listingCode, List<Rule> rules, Actor actor) {
        if (!actor.has(CatalogRole.CATALOG_ADMIN) && !actor.has(AccountRole.SYSTEM_ADMIN)) {
            throw new BusinessException(CommonError.FORBIDDEN);
        }
        var item = catalog.published(listingCode == null ? "" : listingCode)
                .orElseThrow(() -> new BusinessException(ApplicationError.ITEM_NOT_AVAILABLE));
        actor.dataScope().require(RegionCode.of(item.region().code()), item.department().code());
        List<Rule> given = rules == null ? List.of() : rules;
        var check = new InputCheck();
        if (given.size() > MAX_RULES) {
            check.add("rules", ApplicationError.RULES_TOO_MANY, MAX_RULES);
        }
        List<Rule> accepted = new ArrayList<>();
        for (int i = 0; i < given.size() && i < MAX_RULES; i++) {
            Rule rule = given.get(i);
            String expression = check.required("rules[" + i + "].expression", rule == null ? null : rule.expression(), 1000);
            String message = check.required("rules[" + i + "].message", rule == null ? null : rule.message(), 300);
            if (expression != null) {
                try {
                    compile(expression);
                } catch (CelValidationException e) {
                    check.add("rules[" + i + "].expression", ApplicationError.RULE_INVALID, firstLine(e.getMessage()));
                }
            }
            accepted.add(new Rule(expression, message));
        }
        check.throwIfAny();
        jdbc.sql("delete from listing_rule where listing_code = ?").param(listingCode).update();
        for (int i = 0; i < accepted.size(); i++) {
            jdbc.sql("insert into listing_rule (listing_code, ordinal, expression, message, updated_by, updated_at) "
                    + "values (?, ?, ?, ?, ?, ?)")
                    .params(listingCode, i, accepted.get(i).expression(), accepted.get(i).message(), actor.username(),
                            Timestamp.from(clock.instant())).update();
        }
        audit.record(actor, "PRECHECK_RULES_SET", "listing", listingCode, "rules=" + accepted.size());
        return accepted;
    }

    /** The messages of the rules the application does not satisfy (empty when it may be submitted). */
    public List<String> failures(String listingCode, Map<String, ?> form, Applicant applicant, List<String> materials) {
        List<Rule> rules = rules(listingCode);
        if (rules.isEmpty()) {
            return List.of();
        }
        Map<String, Object> variables = Map.of("form", strings(form), "applicant", facts(applicant),
                "materials", List.copyOf(materials));
        List<String> failed = new ArrayList<>();
        for (Rule rule : rules) {
            boolean holds;
            try {
                holds = Boolean.TRUE.equals(program(rule.expression()).eval(variables));
            } catch (CelEvaluationException | CelValidationException e) {
                holds = false;
            }
            if (!holds) {
                failed.add(rule.message());
            }
        }
        return failed;
    }

    private CelRuntime.Program program(String expression) throws CelValidationException, CelEvaluationException {
        CelRuntime.Program program = programs.get(expression);
        if (program == null) {
            program = RUNTIME.createProgram(compile(expression));
            programs.put(expression, program);
        }
        return program;
    }

    private static CelAbstractSyntaxTree compile(String expression) throws CelValidationException {
        return COMPILER.compile(expression).getAst();
    }

    private static Map<String, Object> strings(Map<String, ?> form) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (form != null) {
            form.forEach((name, value) -> {
                if (value != null) {
                    values.put(name, value instanceof Number || value instanceof Boolean ? value : value.toString());
                }
            });
        }
        return values;
    }

    private Map<String, Object> facts(Applicant applicant) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("kind", applicant.kind().name());
        String number = applicant.number();
        if (applicant.kind() == AccountKind.PERSON && number != null && number.length() == 18) {
            facts.put("region", number.substring(0, 6));
            LocalDate born = LocalDate.of(Integer.parseInt(number.substring(6, 10)),
                    Integer.parseInt(number.substring(10, 12)), Integer.parseInt(number.substring(12, 14)));
            facts.put("age", (long) Period.between(born, LocalDate.now(clock)).getYears());
        } else if (number != null && number.length() == 18) {
            facts.put("region", number.substring(2, 8));
            facts.put("registration", number.substring(0, 2));
        }
        return facts;
    }

    private static String firstLine(String message) {
        String text = message == null ? "" : message.strip();
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
