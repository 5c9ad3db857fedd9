package org.tongban.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tongban.identity.Applicants;
import org.tongban.license.LicenseOperation;
import org.tongban.license.LicenseRole;
import org.tongban.license.LicenseStatus;
import org.tongban.license.LicenseTypes;
import org.tongban.license.Licenses;
import org.tongban.region.DepartmentView;
import org.tongban.region.RegionDirectory;
import org.tongban.shared.AccountKind;
import org.tongban.shared.Actor;

/**
 * Demo licenses: demo-citizen holds a 居民身份证, 居民户口簿, 结婚证 and 社会保障卡, demo-company a 营业执照,
 * 食品经营许可证 and 道路运输经营许可证, and a 烟草专卖零售许可证 that was revoked, each issued through
 * {@link Licenses} by its department (so signed by that department's seal) with the type's sample face data.
 * Runs once, when the platform is ready (after the demo accounts); their 免提交 shows on every service that asks for these materials.
 */
@Component
@Profile("demo & !postgres")
class DemoLicenses {

    private static final Logger log = LoggerFactory.getLogger(DemoLicenses.class);

    private final Licenses licenses;
    private final LicenseTypes types;
    private final Applicants applicants;
    private final RegionDirectory regions;
    private final Clock clock;

    DemoLicenses(Licenses licenses, LicenseTypes types, Applicants applicants, RegionDirectory regions, Clock clock) {
        this.licenses = licenses;
        this.types = types;
        this.applicants = applicants;
        this.regions = regions;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void issue() {
        var citizen = applicants.of(new Actor("demo-citizen", AccountKind.PERSON, Set.of(), null, null));
        var company = applicants.of(new Actor("demo-company", AccountKind.ENTERPRISE, Set.of(), null, null));
        // The revoked tobacco license marks a run that already happened (completed demo cases issue licenses too).
        if (licenses.held(company.number()).stream().anyMatch(l -> l.status() == LicenseStatus.REVOKED)) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        issue("临沂市公安局兰山分局", "中华人民共和国居民身份证", citizen, today.minusYears(3));
        issue("临沂市公安局兰山分局", "居民户口簿", citizen, today.minusYears(6));
        issue("临沂市兰山区民政局", "结婚证", citizen, today.minusYears(8));
        issue("临沂市兰山区人力资源和社会保障局", "中华人民共和国社会保障卡", citizen, today.minusYears(2));
        issue("临沂市兰山区行政审批服务局", "营业执照", company, today.minusYears(2));
        issue("临沂市兰山区行政审批服务局", "食品经营许可证", company, today.minusMonths(10));
        issue("临沂市兰山区行政审批服务局", "道路运输经营许可证", company, today.minusMonths(4));
        String revoked = issue("临沂市兰山区烟草专卖局", "烟草专卖零售许可证", company, today.minusYears(1));
        Actor tobacco = issuer("临沂市兰山区烟草专卖局");
        licenses.operate(revoked, LicenseOperation.REVOKE, "违反烟草专卖管理规定，依法吊销（演示数据）", null, null, tobacco);
        log.info("Demo licenses issued to demo-citizen and demo-company (one revoked)");
    }

    private String issue(String department, String typeName, Applicants.Applicant holder, LocalDate from) {
        LicenseTypes.LicenseType type = types.all().stream().filter(t -> t.name().equals(typeName)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no license type " + typeName));
        Map<String, String> face = new LinkedHashMap<>(type.sample());
        LocalDate until = type.validity().years() == null ? null : from.plusYears(type.validity().years()).minusDays(1);
        return licenses.issue(new Licenses.Issue(type.code(), holder.name(), holder.number(), face, from, until, null),
                issuer(department)).identifier();
    }

    private Actor issuer(String departmentName) {
        DepartmentView department = regions.departmentNamed(departmentName)
                .orElseThrow(() -> new IllegalStateException("seed lacks " + departmentName));
        return new Actor("demo-license-desk", AccountKind.STAFF, Set.of(LicenseRole.LICENSE_ISSUER),
                department.regionCode(), department.code());
    }
}
