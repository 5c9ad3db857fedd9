package org.tongban.license;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.casework.CaseNumber;
import org.tongban.casework.CaseQueries;
import org.tongban.license.Licenses.LicenseView;
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
import tools.jackson.databind.JsonNode;

/**
 * Using licenses beyond their holder: the holder's authorisations (a department, an enterprise or a department
 * system may use one license for a purpose until a date; revocable), the data-sharing reads of department
 * systems (client-credentials tokens, a 申请事由 on every call; licenses whose type is shared province- or
 * nation-wide, or authorised to the system), and the log of every use that the holder reads as 数据使用记录.
 */
@Service
public class LicenseSharing {

    static final int PURPOSE_LENGTH = 200;

    private final JdbcClient jdbc;
    private final Licenses licenses;
    private final LicenseTypes types;
    private final RegionDirectory regions;
    private final AuditTrail audit;
    private final CaseQueries cases;
    private final Clock clock;

    LicenseSharing(JdbcClient jdbc, Licenses licenses, LicenseTypes types, RegionDirectory regions, AuditTrail audit,
            CaseQueries cases, Clock clock) {
        this.cases = cases;
        this.jdbc = jdbc;
        this.licenses = licenses;
        this.types = types;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whom a holder authorises. */
    public enum GranteeKind {
        DEPARTMENT, ENTERPRISE, SYSTEM
    }

    /** An authorisation; {@code active}: not revoked and not past its end date. */
    public record Grant(long id, String identifier, String typeName, GranteeKind granteeKind, String granteeCode,
            String granteeName, String purpose, LocalDate validUntil, Instant revokedAt, Instant createdAt,
            boolean active) {
    }

    /** One use of a license by someone other than its holder. */
    public record Use(String identifier, String typeName, String usedBy, String usedByName, String purpose,
            String kind, Instant at) {
    }

    /** The holder authorises a grantee to use one of their usable licenses. */
    @Transactional
    public Grant grant(String identifier, String kind, String code, String name, String purpose, LocalDate until,
            Actor holder) {
        Licenses.Stored license = own(identifier, holder);
        InputCheck check = new InputCheck();
        GranteeKind granteeKind = null;
        try {
            granteeKind = GranteeKind.valueOf(kind == null ? "" : kind.strip());
        } catch (IllegalArgumentException e) {
            check.add("granteeKind", LicenseError.LICENSE_GRANT_INVALID);
        }
        String granteeCode = check.required("granteeCode", code, 64);
        String granteeName = check.optional("granteeName", name, 200);
        String why = check.required("purpose", purpose, PURPOSE_LENGTH);
        LocalDate today = LocalDate.now(clock);
        check.check(until != null && !until.isBefore(today) && !until.isAfter(today.plusYears(5)), "validUntil",
                LicenseError.LICENSE_GRANT_INVALID);
        if (granteeKind == GranteeKind.DEPARTMENT && granteeCode != null) {
            Optional<DepartmentView> department = regions.department(granteeCode.toUpperCase());
            check.check(department.isPresent(), "granteeCode", LicenseError.LICENSE_GRANT_INVALID);
            granteeName = department.map(DepartmentView::name).orElse(granteeName);
            granteeCode = granteeCode.toUpperCase();
        } else if (granteeKind == GranteeKind.ENTERPRISE && granteeCode != null) {
            check.check(CreditCode.parse(granteeCode).isPresent(), "granteeCode", LicenseError.LICENSE_GRANT_INVALID);
            granteeCode = granteeCode.toUpperCase();
        }
        if (granteeKind != GranteeKind.DEPARTMENT) {
            check.check(granteeName != null, "granteeName", LicenseError.LICENSE_GRANT_INVALID);
        }
        check.throwIfAny();
        if (!license.status().usable()) {
            throw new BusinessException(LicenseError.LICENSE_OPERATION_NOT_ALLOWED, "GRANT", license.status().name());
        }
        Instant now = clock.instant();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into license_grant (identifier, holder_code, grantee_kind, grantee_code, grantee_name, "
                        + "purpose, valid_until, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(license.identifier(), license.holderCode(), granteeKind.name(), granteeCode, granteeName, why,
                        Date.valueOf(until), Timestamp.from(now))
                .update(key, "id");
        audit.record(holder, "license.grant", "license", license.identifier(), granteeName + " " + why);
        return new Grant(key.getKeyAs(Long.class), license.identifier(), license.typeName(), granteeKind, granteeCode,
                granteeName, why, until, null, now, true);
    }

    @Transactional
    public void revoke(long grantId, Actor holder) {
        String code = licenses.holderCode(holder).orElseThrow(() -> new BusinessException(CommonError.FORBIDDEN));
        int changed = jdbc.sql("update license_grant set revoked_at = ? where id = ? and holder_code = ? "
                        + "and revoked_at is null")
                .params(Timestamp.from(clock.instant()), grantId, code).update();
        if (changed == 0) {
            throw new BusinessException(LicenseError.LICENSE_GRANT_NOT_FOUND);
        }
        audit.record(holder, "license.grant.revoke", "license_grant", String.valueOf(grantId), null);
    }

    @Transactional(readOnly = true)
    public List<Grant> grants(Actor holder) {
        String code = licenses.holderCode(holder).orElseThrow(() -> new BusinessException(CommonError.FORBIDDEN));
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("select g.*, l.type_name from license_grant g join license l on l.identifier = g.identifier "
                        + "where g.holder_code = ? order by g.id desc")
                .param(code).query((rs, n) -> {
                    Timestamp revoked = rs.getTimestamp("revoked_at");
                    LocalDate until = rs.getDate("valid_until").toLocalDate();
                    return new Grant(rs.getLong("id"), rs.getString("identifier"), rs.getString("type_name"),
                            GranteeKind.valueOf(rs.getString("grantee_kind")), rs.getString("grantee_code"),
                            rs.getString("grantee_name"), rs.getString("purpose"), until,
                            revoked == null ? null : revoked.toInstant(), rs.getTimestamp("created_at").toInstant(),
                            revoked == null && !until.isBefore(today));
                }).list();
    }

    /** 数据使用记录: who used the holder's licenses, when and why, newest first. */
    @Transactional(readOnly = true)
    public List<Use> uses(Actor holder) {
        String code = licenses.holderCode(holder).orElseThrow(() -> new BusinessException(CommonError.FORBIDDEN));
        return jdbc.sql("select u.*, l.type_name from license_use u join license l on l.identifier = u.identifier "
                        + "where u.holder_code = ? order by u.at desc, u.id desc limit 200")
                .param(code).query((rs, n) -> new Use(rs.getString("identifier"), rs.getString("type_name"),
                        rs.getString("used_by"), rs.getString("used_by_name"), rs.getString("purpose"),
                        rs.getString("kind"), rs.getTimestamp("at").toInstant()))
                .list();
    }

    /**
     * A license read by anyone allowed to: its holder; staff of the issuing department; a department, system
     * or enterprise with an authorisation in force; a department system for a type shared beyond its
     * department. Everyone but the holder states a purpose and is logged.
     */
    @Transactional
    public LicenseView read(String identifier, String purpose, Actor actor) {
        Licenses.Stored license = licenses.find(identifier)
                .orElseThrow(() -> new BusinessException(LicenseError.LICENSE_NOT_FOUND));
        if (licenses.holderCode(actor).filter(license.holderCode()::equals).isPresent()) {
            return licenses.view(license);
        }
        boolean issuer = actor.isStaff() && actor.dataScope().includes(RegionCode.of(license.regionCode()), license.issuerCode());
        String why = purpose(purpose);
        if (!issuer && !authorised(license, actor)) {
            if (actor.kind() == AccountKind.PERSON || actor.isAnonymous()) {
                throw new BusinessException(LicenseError.LICENSE_NOT_FOUND);
            }
            throw new BusinessException(LicenseError.LICENSE_NOT_AUTHORISED);
        }
        used(license, actor, why, "VIEW");
        return licenses.view(license);
    }

    /**
     * The license an applicant attached to a case instead of a material, for the staff handling the case: only
     * when the caller may see the case and the case names this license; logged with the case as purpose.
     */
    @Transactional
    public LicenseView forCase(String identifier, String caseNumber, String purpose, Actor actor) {
        CaseQueries.CaseView view = cases.view(CaseNumber.parse(caseNumber)
                .orElseThrow(() -> new BusinessException(LicenseError.LICENSE_NOT_FOUND)), actor);
        boolean attached = false;
        for (JsonNode material : view.materials()) {
            attached |= identifier.equals(material.path("license").asString(""));
        }
        Licenses.Stored license = licenses.find(identifier)
                .orElseThrow(() -> new BusinessException(LicenseError.LICENSE_NOT_FOUND));
        if (!attached || !actor.isStaff()) {
            throw new BusinessException(LicenseError.LICENSE_NOT_FOUND);
        }
        used(license, actor, purpose, "CASE");
        return licenses.view(license);
    }

    /** A department system's query for a holder's usable licenses (optionally of one type). */
    @Transactional
    public List<LicenseView> query(String holderCode, String typeCode, String purpose, Actor system) {
        if (system.kind() != AccountKind.SYSTEM) {
            throw new BusinessException(CommonError.FORBIDDEN);
        }
        InputCheck check = new InputCheck();
        String code = holderCode == null ? "" : holderCode.strip().toUpperCase();
        check.check(IdNumber.parse(code).isPresent() || CreditCode.parse(code).isPresent(), "holderCode",
                LicenseError.LICENSE_HOLDER_CODE_INVALID);
        check.check(typeCode == null || typeCode.isBlank() || types.find(typeCode.strip()).isPresent(), "typeCode",
                LicenseError.LICENSE_TYPE_UNKNOWN);
        check.throwIfAny();
        String why = purpose(purpose);
        List<Licenses.Stored> found = licenses.heldRows(code).stream()
                .filter(l -> typeCode == null || typeCode.isBlank() || l.typeCode().equals(typeCode.strip()))
                .filter(l -> authorised(l, system)).toList();
        found.forEach(l -> used(l, system, why, "QUERY"));
        return found.stream().map(licenses::view).toList();
    }

    /** The 申请事由 every read by someone other than the holder states: required, at most 200 characters. */
    private static String purpose(String purpose) {
        InputCheck check = new InputCheck();
        check.check(purpose != null && !purpose.isBlank(), "purpose", LicenseError.LICENSE_PURPOSE_REQUIRED);
        String why = check.hasProblem("purpose") ? null : check.optional("purpose", purpose, PURPOSE_LENGTH);
        check.throwIfAny();
        return why;
    }

    private boolean authorised(Licenses.Stored license, Actor actor) {
        String grantee = switch (actor.kind()) {
            case SYSTEM -> actor.username();
            case STAFF -> actor.departmentCode();
            case ENTERPRISE -> licenses.holderCode(actor).orElse(null);
            default -> null;
        };
        if (grantee == null) {
            return false;
        }
        if (actor.kind() == AccountKind.SYSTEM && types.find(license.typeCode())
                .filter(t -> !"DEPARTMENT".equals(t.sharing())).isPresent() && license.status().usable()) {
            return true;
        }
        Integer grants = jdbc.sql("select count(*) from license_grant where identifier = ? and grantee_code = ? "
                        + "and revoked_at is null and valid_until >= ?")
                .params(license.identifier(), grantee, Date.valueOf(LocalDate.now(clock))).query(Integer.class)
                .single();
        return grants > 0 && license.status().usable();
    }

    private void used(Licenses.Stored license, Actor actor, String purpose, String kind) {
        String name = actor.kind() == AccountKind.STAFF ? regions.department(actor.departmentCode())
                .map(DepartmentView::name).orElse(actor.username()) : actor.username();
        jdbc.sql("insert into license_use (identifier, holder_code, used_by, used_by_name, purpose, kind, at) "
                        + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(license.identifier(), license.holderCode(), actor.username(), name, purpose, kind,
                        Timestamp.from(clock.instant()))
                .update();
    }

    private Licenses.Stored own(String identifier, Actor holder) {
        return licenses.find(identifier).filter(l -> licenses.holderCode(holder).filter(l.holderCode()::equals)
                .isPresent()).orElseThrow(() -> new BusinessException(LicenseError.LICENSE_NOT_FOUND));
    }
}
