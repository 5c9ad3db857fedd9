package org.tongban.license;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tongban.casework.CaseCompleted;
import org.tongban.casework.CaseNumber;
import org.tongban.casework.CaseQueries;
import org.tongban.casework.CaseQueries.ResultHolder;
import org.tongban.catalog.Catalog;
import org.tongban.catalog.ItemDetail;
import org.tongban.license.LicenseTypes.LicenseType;
import org.tongban.region.DepartmentView;
import org.tongban.region.RegionDirectory;
import org.tongban.shared.AccountKind;
import org.tongban.shared.Actor;
import org.tongban.shared.BusinessException;
import tools.jackson.databind.JsonNode;

/**
 * Issues the electronic license when a case whose listing's result is a license type is completed with an
 * approval: by the case's department, for the applicant (or, for an enterprise's license applied for by a
 * person, the enterprise the form names), with the face fields the type takes from the case. Runs after the
 * completion committed, once per case (a retried event finds the license already there).
 */
@Component
class LicenseIssuing {

    private static final Logger log = LoggerFactory.getLogger(LicenseIssuing.class);

    private final Catalog catalog;
    private final CaseQueries cases;
    private final LicenseTypes types;
    private final Licenses licenses;
    private final RegionDirectory regions;
    private final JdbcClient jdbc;

    LicenseIssuing(Catalog catalog, CaseQueries cases, LicenseTypes types, Licenses licenses, RegionDirectory regions,
            JdbcClient jdbc) {
        this.catalog = catalog;
        this.cases = cases;
        this.types = types;
        this.licenses = licenses;
        this.regions = regions;
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(CaseCompleted completed) {
        try {
            issueFor(completed.facts().caseNumber(), completed.facts().listingCode(), completed.facts().departmentCode());
        } catch (BusinessException e) {
            // What the case holds cannot make a license (a field too long, a code that fails its check): the
            // department issues it by hand; retrying the event would fail the same way.
            log.warn("Case {} could not issue its license ({}); issue it at /workspace/licenses",
                    completed.facts().caseNumber(), e.code());
        }
    }

    /** The license issued for the case, if its result is one and nothing stands in the way. */
    Optional<Licenses.LicenseView> issueFor(String caseNumber, String listingCode, String departmentCode) {
        Optional<String> existing = jdbc.sql("select identifier from license where case_number = ?")
                .param(caseNumber).query(String.class).optional();
        if (existing.isPresent()) {
            return Optional.empty();
        }
        Optional<LicenseType> type = catalog.published(listingCode).map(ItemDetail::result)
                .filter(r -> r != null && "CERTIFICATE".equals(r.type())).flatMap(r -> types.issuedAs(r.name()));
        Optional<DepartmentView> department = regions.department(departmentCode);
        Optional<ResultHolder> holder = cases.resultHolder(CaseNumber.of(caseNumber));
        if (type.isEmpty() || department.isEmpty() || holder.isEmpty() || !"APPROVED".equals(holder.get().decision())) {
            return Optional.empty();
        }
        Optional<Licenses.Issue> issue = issue(type.get(), holder.get(), caseNumber);
        if (issue.isEmpty()) {
            log.warn("Case {} grants a {} but names no holder with a valid code for it; issue it by hand",
                    caseNumber, type.get().name());
            return Optional.empty();
        }
        Actor system = new Actor("license-issuing", AccountKind.SYSTEM, Set.of(), department.get().regionCode(),
                department.get().code());
        return Optional.of(licenses.issueForCase(type.get(), issue.get(), department.get(), system));
    }

    /** Holder and face values from the case; empty when the holder cannot be told. */
    static Optional<Licenses.Issue> issue(LicenseType type, ResultHolder holder, String caseNumber) {
        JsonNode form = holder.formData();
        String name = holder.name();
        String code = holder.number();
        if (type.holderKind() == AccountKind.ENTERPRISE && !"ENTERPRISE".equals(holder.kind())) {
            name = text(form, "enterpriseName");
            code = text(form, "creditCode");
        } else if (type.holderKind() == AccountKind.PERSON && !"PERSON".equals(holder.kind())) {
            return Optional.empty();
        }
        if (name.isBlank() || code.isBlank()) {
            return Optional.empty();
        }
        Map<String, String> face = new LinkedHashMap<>();
        for (LicenseTypes.Field field : type.fields().subList(2, type.fields().size())) {
            String from = field.from() == null ? "" : field.from();
            face.put(field.key(), from.startsWith("form.") ? text(form, from.substring(5)) : "");
        }
        return Optional.of(new Licenses.Issue(type.code(), name, code, face, null, null, caseNumber));
    }

    private static String text(JsonNode form, String field) {
        if (form == null || !form.has(field) || form.get(field).isNull()) {
            return "";
        }
        JsonNode value = form.get(field);
        return value.isValueNode() ? value.asString() : value.toString();
    }
}
