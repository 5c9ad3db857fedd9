package org.tongban.license;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.license.LicenseEvent.LicenseIssued;
import org.tongban.license.LicenseEvent.LicenseStatusChanged;
import org.tongban.license.LicenseTypes.LicenseType;
import org.tongban.identity.Applicants;
import org.tongban.region.DepartmentView;
import org.tongban.region.RegionDirectory;
import org.tongban.shared.AccountKind;
import org.tongban.shared.Actor;
import org.tongban.shared.AuditTrail;
import org.tongban.shared.BusinessException;
import org.tongban.shared.CommonError;
import org.tongban.shared.CreditCode;
import org.tongban.shared.IdNumber;
import org.tongban.shared.InputCheck;
import org.tongban.shared.RegionCode;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Licenses: issuing (新发, from a completed case or by staff), the lifecycle (暂扣, 暂扣发还, 撤销, 注销, 吊销,
 * 过期失效, and 延续/变更 as the next version linked to the previous identifier), and reading them for the
 * holder and the issuing department. Every license is signed by its issuer's seal over its canonical data
 * ({@link CanonicalJson}) when it is issued; its status lives beside the signature, since a revocation must
 * not need a new one. Every operation is an event and an audit record.
 */
@Service
public class Licenses {

    private static final Logger log = LoggerFactory.getLogger(Licenses.class);
    static final int FIELD_LENGTH = 300;

    private final JdbcClient jdbc;
    private final LicenseTypes types;
    private final Seals seals;
    private final RegionDirectory regions;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final JsonMapper json;
    private final Applicants applicants;
    private final Clock clock;

    Licenses(JdbcClient jdbc, LicenseTypes types, Seals seals, RegionDirectory regions, Applicants applicants,
            ApplicationEventPublisher events, AuditTrail audit, JsonMapper json, Clock clock) {
        this.applicants = applicants;
        this.jdbc = jdbc;
        this.types = types;
        this.seals = seals;
        this.regions = regions;
        this.events = events;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** One face field with its label and value, in the type's order. */
    public record FaceField(String key, String label, String value) {
    }

    /** The signature as the API gives it: algorithm, Base64 of the DER value, the seal's certificate (PEM). */
    public record Signature(String algorithm, String value, String certificate) {
    }

    /** A license in full. {@code payload} is the canonical text the signature covers. */
    public record LicenseView(String identifier, String typeCode, String typeName, AccountKind holderKind,
            String holderName, String holderCode, String issuerCode, String issuerName, String regionCode,
            List<FaceField> face, LocalDate issuedOn, LocalDate validFrom, LocalDate validUntil, LicenseStatus status,
            String statusReason, String previousIdentifier, String caseNumber, Signature signature, String payload) {
    }

    /** An operation in a license's history. */
    public record OperationRecord(String identifier, LicenseOperation operation, String reason, String actor,
            Instant at) {
    }

    /**
     * What to issue: the type, the holder, the face values by key (holderName and holderCode come from the
     * holder), the validity (from today and by the type's rule when not given), the case that led to it.
     */
    public record Issue(String typeCode, String holderName, String holderCode, Map<String, String> face,
            LocalDate validFrom, LocalDate validUntil, String caseNumber) {
    }

    /** Staff issue a license of a type their department issues. */
    @Transactional
    public LicenseView issue(Issue request, Actor actor) {
        requireIssuer(actor);
        DepartmentView department = regions.department(actor.departmentCode())
                .orElseThrow(() -> new BusinessException(CommonError.FORBIDDEN));
        LicenseType type = checkedType(request.typeCode(), department);
        return issue(type, request, department, null, LicenseOperation.ISSUE, null, true, actor);
    }

    /**
     * Issues for a completed case, by its department, filling what the case does not say with blanks. When the
     * holder already has a valid license of the type from that department (a 变更 or 延续 case), the case
     * issues its next version and the old one is superseded, so a holder never has two current versions.
     */
    @Transactional
    LicenseView issueForCase(LicenseType type, Issue request, DepartmentView department, Actor system) {
        Optional<Stored> current = jdbc.sql("select * from license where type_code = ? and holder_code = ? "
                        + "and issuer_code = ? and status = 'VALID' order by id desc limit 1")
                .params(type.code(), request.holderCode(), department.code()).query(this::stored).optional();
        if (current.isEmpty()) {
            return issue(type, request, department, null, LicenseOperation.ISSUE, null, false, system);
        }
        Instant now = clock.instant();
        String why = request.caseNumber();
        setStatus(current.get(), LicenseStatus.SUPERSEDED, why, now);
        LicenseView next = issue(type, request, department, current.get(), LicenseOperation.CHANGE, why, false, system);
        events.publishEvent(new LicenseStatusChanged(current.get().identifier(), LicenseOperation.CHANGE,
                LicenseStatus.SUPERSEDED, why, now));
        return next;
    }

    private LicenseType checkedType(String typeCode, DepartmentView department) {
        LicenseType type = types.find(typeCode)
                .orElseThrow(() -> BusinessException.onField("typeCode", LicenseError.LICENSE_TYPE_UNKNOWN));
        if (!type.issuedBy(department.name())) {
            throw new BusinessException(LicenseError.LICENSE_TYPE_NOT_ISSUED_HERE, department.name());
        }
        return type;
    }

    private static void requireIssuer(Actor actor) {
        if (!actor.isStaff() || !actor.has(LicenseRole.LICENSE_ISSUER) || actor.departmentCode() == null) {
            throw new BusinessException(CommonError.FORBIDDEN);
        }
    }

    /**
     * Checks every input before anything is written, then signs and stores the license; {@code previous} is
     * the version a 延续 or 变更 ({@code operation}) follows. {@code strict}: every face field must be filled.
     */
    private LicenseView issue(LicenseType type, Issue request, DepartmentView department, Stored previous,
            LicenseOperation operation, String reason, boolean strict, Actor actor) {
        InputCheck check = new InputCheck();
        String holderName = check.required("holderName", request.holderName(), 200);
        String holderCode = request.holderCode() == null ? "" : request.holderCode().strip().toUpperCase();
        boolean codeValid = type.holderKind() == AccountKind.PERSON ? IdNumber.parse(holderCode).isPresent()
                : CreditCode.parse(holderCode).isPresent();
        check.check(codeValid, "holderCode", LicenseError.LICENSE_HOLDER_CODE_INVALID);
        Map<String, String> given = request.face() == null ? Map.of() : request.face();
        Map<String, String> face = new LinkedHashMap<>();
        for (LicenseTypes.Field field : type.fields().subList(2, type.fields().size())) {
            String value = given.get(field.key());
            String cleaned = value == null ? "" : value.strip();
            if (strict && cleaned.isEmpty()) {
                check.add("face." + field.key(), LicenseError.LICENSE_FIELD_REQUIRED, field.label());
            } else {
                face.put(field.key(), check.optional("face." + field.key(), cleaned, FIELD_LENGTH) == null ? ""
                        : cleaned);
            }
        }
        given.keySet().stream().filter(k -> type.fields().stream().noneMatch(f -> f.key().equals(k)))
                .filter(k -> !"holderName".equals(k) && !"holderCode".equals(k)).findFirst()
                .ifPresent(k -> check.add("face." + k, LicenseError.LICENSE_FIELD_UNKNOWN, k));
        LocalDate today = LocalDate.now(clock);
        LocalDate from = request.validFrom() == null ? today : request.validFrom();
        LocalDate until = request.validUntil() != null ? request.validUntil()
                : type.validity().years() == null ? null : from.plusYears(type.validity().years()).minusDays(1);
        check.check(until == null || until.isAfter(from), "validUntil", LicenseError.LICENSE_DATES_INVALID);
        check.throwIfAny();

        LicenseIdentifier id = previous != null ? previous.id().next()
                : new LicenseIdentifier(type.code(), department.code(), serial(today), 1);
        Seals.Seal seal = seals.active(department.code(), department.name());
        Map<String, Object> payload = payload(id, type, holderName, holderCode, department, face, today, from, until,
                previous == null ? null : previous.identifier(), seal.fingerprint());
        byte[] canonical = CanonicalJson.bytes(payload);
        String signature = Base64.getEncoder().encodeToString(Sm2.sign(seal.key(), canonical));
        Instant now = clock.instant();
        jdbc.sql("insert into license (identifier, type_code, type_name, version, issuer_code, issuer_name, "
                        + "region_code, holder_kind, holder_name, holder_code, face, issued_on, valid_from, valid_until, "
                        + "status, seal_id, payload, signature, previous_identifier, case_number, created_at, updated_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'VALID', ?, ?, ?, ?, ?, ?, ?)")
                .params(id.toString(), type.code(), type.name(), id.version(), department.code(), department.name(),
                        department.regionCode(), type.holderKind().name(), holderName, holderCode,
                        json.writeValueAsString(face), Date.valueOf(today), Date.valueOf(from),
                        until == null ? null : Date.valueOf(until), seal.id(), CanonicalJson.text(payload), signature,
                        previous == null ? null : previous.identifier(), request.caseNumber(), Timestamp.from(now),
                        Timestamp.from(now))
                .update();
        record(id.toString(), operation, reason, actor, now);
        events.publishEvent(new LicenseIssued(id.toString(), type.code(), department.code(), department.regionCode(),
                holderCode, previous == null ? null : previous.identifier(), request.caseNumber(), now));
        return find(id.toString()).map(this::view).orElseThrow();
    }

    /** The canonical data the seal signs; see {@link CanonicalJson} and the README's verification steps. */
    private static Map<String, Object> payload(LicenseIdentifier id, LicenseType type, String holderName,
            String holderCode, DepartmentView issuer, Map<String, String> face, LocalDate issuedOn, LocalDate from,
            LocalDate until, String previous, String seal) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("identifier", id.toString());
        payload.put("type", Map.of("code", type.code(), "name", type.name()));
        payload.put("holder", Map.of("kind", type.holderKind().name(), "name", holderName, "code", holderCode));
        payload.put("issuer", Map.of("code", issuer.code(), "name", issuer.name(), "region", issuer.regionCode()));
        payload.put("face", face);
        payload.put("issuedOn", issuedOn.toString());
        payload.put("validFrom", from.toString());
        payload.put("validUntil", until == null ? "" : until.toString());
        payload.put("previous", previous == null ? "" : previous);
        payload.put("seal", seal);
        return payload;
    }

    /** 编号段: the year and an eight-digit sequence, unique across the platform. */
    private String serial(LocalDate today) {
        long next = jdbc.sql("select nextval('license_serial_seq')").query(Long.class).single();
        return Year.from(today) + "%08d".formatted(next);
    }

    /**
     * Takes a lifecycle operation on a license of the caller's department: a reason where the operation needs
     * one; 延续 takes the new end date, 变更 the changed face values, and both issue the next version.
     */
    @Transactional
    public LicenseView operate(String identifier, LicenseOperation operation, String reason, LocalDate validUntil,
            Map<String, String> changes, Actor actor) {
        requireIssuer(actor);
        Stored license = find(identifier).filter(l -> l.issuerCode().equals(actor.departmentCode()))
                .orElseThrow(() -> new BusinessException(LicenseError.LICENSE_NOT_FOUND));
        InputCheck check = new InputCheck();
        String why = operation.needsReason() ? check.required("reason", reason, 400) : check.optional("reason", reason, 400);
        check.throwIfAny();
        if (!operation.allowedIn(license.status())) {
            throw new BusinessException(LicenseError.LICENSE_OPERATION_NOT_ALLOWED, operation.name(),
                    license.status().name());
        }
        Instant now = clock.instant();
        if (operation.reissues()) {
            LicenseType type = types.find(license.typeCode()).orElseThrow();
            DepartmentView department = regions.department(license.issuerCode()).orElseThrow();
            Map<String, String> face = new LinkedHashMap<>(license.face());
            if (operation == LicenseOperation.CHANGE && changes != null) {
                face.putAll(changes);
            }
            LocalDate until = operation == LicenseOperation.RENEW ? validUntil : license.validUntil();
            if (operation == LicenseOperation.RENEW && until == null && type.validity().years() != null) {
                until = LocalDate.now(clock).plusYears(type.validity().years()).minusDays(1);
            }
            setStatus(license, LicenseStatus.SUPERSEDED, why, now);
            LicenseView next = issue(type, new Issue(type.code(), license.holderName(), license.holderCode(), face,
                    operation == LicenseOperation.RENEW ? LocalDate.now(clock) : license.validFrom(), until,
                    license.caseNumber()), department, license, operation, why, true, actor);
            events.publishEvent(new LicenseStatusChanged(identifier, operation, LicenseStatus.SUPERSEDED, why, now));
            return next;
        }
        setStatus(license, operation.leadsTo(), why, now);
        record(identifier, operation, why, actor, now);
        events.publishEvent(new LicenseStatusChanged(identifier, operation, operation.leadsTo(), why, now));
        return find(identifier).map(this::view).orElseThrow();
    }

    private void setStatus(Stored license, LicenseStatus status, String reason, Instant now) {
        jdbc.sql("update license set status = ?, status_reason = ?, updated_at = ? where id = ?")
                .params(status.name(), reason, Timestamp.from(now), license.rowId()).update();
    }

    private void record(String identifier, LicenseOperation operation, String reason, Actor actor, Instant at) {
        jdbc.sql("insert into license_operation (identifier, operation, reason, actor, at) values (?, ?, ?, ?, ?)")
                .params(identifier, operation.name(), reason, actor.username(), Timestamp.from(at)).update();
        audit.record(actor, "license." + operation.name().toLowerCase(), "license", identifier, reason);
    }

    /** Licenses past their end date become 失效, in batches, once across instances. */
    @Scheduled(fixedDelayString = "${tongban.license.expiry-check-interval:1h}", initialDelayString = "2m")
    @SchedulerLock(name = "license-expiry", lockAtLeastFor = "1m")
    public void scheduledExpiry() {
        int expired = expireDue(Actor.system("license-expiry"));
        if (expired > 0) {
            log.info("{} licenses passed their end date and were marked 失效", expired);
        }
    }

    @Transactional
    public int expireDue(Actor system) {
        LocalDate today = LocalDate.now(clock);
        List<String> due = jdbc.sql("select identifier from license where status in ('VALID', 'SUSPENDED') "
                + "and valid_until < ? order by id limit 500").param(Date.valueOf(today)).query(String.class).list();
        Instant now = clock.instant();
        for (String identifier : due) {
            find(identifier).ifPresent(l -> {
                setStatus(l, LicenseStatus.EXPIRED, null, now);
                record(identifier, LicenseOperation.EXPIRE, null, system, now);
                events.publishEvent(new LicenseStatusChanged(identifier, LicenseOperation.EXPIRE, LicenseStatus.EXPIRED,
                        null, now));
            });
        }
        return due.size();
    }

    /** The holder's licenses, newest first (superseded versions left out). */
    @Transactional(readOnly = true)
    public List<LicenseView> held(String holderCode) {
        return heldRows(holderCode).stream().map(this::view).toList();
    }

    /** The holder's rows that are not superseded, for the data-sharing queries. */
    List<Stored> heldRows(String holderCode) {
        return jdbc.sql("select * from license where holder_code = ? and status <> 'SUPERSEDED' "
                        + "order by issued_on desc, id desc")
                .param(holderCode).query(this::stored).list();
    }

    /** The department's licenses, newest first, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<LicenseView> issuedBy(String departmentCode, int limit) {
        return jdbc.sql("select * from license where issuer_code = ? order by id desc limit ?")
                .params(departmentCode, limit).query(this::stored).list().stream().map(this::view).toList();
    }

    /** The history of a license and its earlier versions, oldest first. */
    @Transactional(readOnly = true)
    public List<OperationRecord> history(String identifier) {
        List<String> chain = new ArrayList<>();
        Optional<Stored> at = find(identifier);
        while (at.isPresent() && chain.size() < 50) {
            chain.add(at.get().identifier());
            at = at.get().previousIdentifier() == null ? Optional.empty() : find(at.get().previousIdentifier());
        }
        if (chain.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from license_operation where identifier in (:ids) order by at, id")
                .param("ids", chain).query((rs, n) -> new OperationRecord(rs.getString("identifier"),
                        LicenseOperation.valueOf(rs.getString("operation")), rs.getString("reason"),
                        rs.getString("actor"), rs.getTimestamp("at").toInstant()))
                .list();
    }

    /** A license by identifier, for this module; text that cannot be an identifier finds nothing. */
    Optional<Stored> find(String identifier) {
        if (LicenseIdentifier.parse(identifier).isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("select * from license where identifier = ?").param(identifier.strip()).query(this::stored)
                .optional();
    }

    /** The license as its holder or its issuer sees it. */
    @Transactional(readOnly = true)
    public LicenseView view(String identifier, Actor actor) {
        return find(identifier).filter(l -> mayRead(l, actor)).map(this::view)
                .orElseThrow(() -> new BusinessException(LicenseError.LICENSE_NOT_FOUND));
    }

    /** The holder (a person by ID number, an enterprise by credit code), or staff of the issuing department. */
    boolean mayRead(Stored license, Actor actor) {
        if (actor.isStaff()) {
            return actor.dataScope().includes(RegionCode.of(license.regionCode()), license.issuerCode());
        }
        return holderCode(actor).filter(license.holderCode()::equals).isPresent();
    }

    /** The ID number or credit code of a signed-in person or enterprise; others hold no licenses. */
    Optional<String> holderCode(Actor actor) {
        if (actor.kind() != AccountKind.PERSON && actor.kind() != AccountKind.ENTERPRISE) {
            return Optional.empty();
        }
        return Optional.of(applicants.of(actor).number());
    }

    /** The signed-in holder's licenses. */
    @Transactional(readOnly = true)
    public List<LicenseView> mine(Actor actor) {
        return holderCode(actor).map(this::held).orElseThrow(() -> new BusinessException(CommonError.FORBIDDEN));
    }

    /** The license with its face fields labelled and ordered by its type (which the table's key keeps there). */
    LicenseView view(Stored s) {
        LicenseType type = types.find(s.typeCode()).orElseThrow();
        List<FaceField> face = new ArrayList<>();
        face.add(new FaceField("holderName", type.holderLabel(), s.holderName()));
        face.add(new FaceField("holderCode", type.holderCodeLabel(), s.holderCode()));
        type.fields().stream().skip(2).forEach(f -> face.add(new FaceField(f.key(), f.label(),
                s.face().getOrDefault(f.key(), ""))));
        Seals.Seal seal = seals.seal(s.sealId());
        return new LicenseView(s.identifier(), s.typeCode(), s.typeName(), s.holderKind(), s.holderName(),
                s.holderCode(), s.issuerCode(), s.issuerName(), s.regionCode(), face, s.issuedOn(), s.validFrom(),
                s.validUntil(), s.status(), s.statusReason(), s.previousIdentifier(), s.caseNumber(),
                new Signature(Sm2.ALGORITHM, s.signature(), seal.certificatePem()), s.payload());
    }

    /** A license row as stored. */
    record Stored(long rowId, LicenseIdentifier id, String identifier, String typeCode, String typeName,
            String issuerCode, String issuerName, String regionCode, AccountKind holderKind, String holderName,
            String holderCode, Map<String, String> face, LocalDate issuedOn, LocalDate validFrom, LocalDate validUntil,
            LicenseStatus status, String statusReason, long sealId, String payload, String signature,
            String previousIdentifier, String caseNumber) {
    }

    private Stored stored(ResultSet rs, int row) throws SQLException {
        String identifier = rs.getString("identifier");
        Date until = rs.getDate("valid_until");
        return new Stored(rs.getLong("id"), LicenseIdentifier.parse(identifier).orElseThrow(), identifier,
                rs.getString("type_code"), rs.getString("type_name"), rs.getString("issuer_code"),
                rs.getString("issuer_name"), rs.getString("region_code"), AccountKind.valueOf(rs.getString("holder_kind")),
                rs.getString("holder_name"), rs.getString("holder_code"),
                json.readValue(rs.getString("face"), new TypeReference<LinkedHashMap<String, String>>() {
                }), rs.getDate("issued_on").toLocalDate(), rs.getDate("valid_from").toLocalDate(),
                until == null ? null : until.toLocalDate(), LicenseStatus.valueOf(rs.getString("status")),
                rs.getString("status_reason"), rs.getLong("seal_id"), rs.getString("payload"),
                rs.getString("signature"), rs.getString("previous_identifier"), rs.getString("case_number"));
    }
}
