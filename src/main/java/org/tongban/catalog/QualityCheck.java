package org.tongban.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tongban.catalog.QualityReport.Finding;

/**
 * Runs every {@link QualityRule} over one listing's content. Pure: it gets all it needs in a {@link Subject}
 * and touches no database, so it runs on every save and across the whole catalog alike.
 */
final class QualityCheck {

    static final List<String> LICENSING_STEPS = List.of("受理", "审查", "决定", "办结", "送达");
    private static final Set<String> CERTIFICATE_SUFFIXES = Set.of("证", "证书", "执照", "证明书");

    private QualityCheck() {
    }

    /** What the rules look at: the content, its basic entry, the listing's region level and dates. */
    record Subject(ListingContent content, String basicCode, String itemType, List<String> allowedLevels,
            String regionLevel, boolean published, LocalDate cancellationDate, LocalDate today) {
    }

    static QualityReport run(Subject subject) {
        List<Finding> findings = new ArrayList<>();
        ListingContent c = subject.content();
        materials(c, findings);
        limits(c, findings);
        visits(c, findings);
        for (int i = 0; i < c.fees().size(); i++) {
            if (blank(c.fees().get(i).basis())) {
                findings.add(new Finding(QualityRule.FEE_WITHOUT_BASIS, "fees[" + i + "]", c.fees().get(i).name()));
            }
        }
        if (c.result() != null && c.result().name() != null
                && CERTIFICATE_SUFFIXES.stream().anyMatch(c.result().name().strip()::endsWith)
                && !"CERTIFICATE".equals(c.result().type())) {
            findings.add(new Finding(QualityRule.CERTIFICATE_NOT_TYPED, "result.type", c.result().name()));
        }
        if (ItemType.LICENSING.code().equals(subject.itemType())) {
            if (c.faqs().isEmpty()) {
                findings.add(new Finding(QualityRule.LICENSING_WITHOUT_FAQ, "faqs", null));
            }
            List<String> stepNames = c.steps().stream().map(ListingContent.Step::name).toList();
            List<String> missing = LICENSING_STEPS.stream().filter(s -> !stepNames.contains(s)).toList();
            if (!missing.isEmpty()) {
                findings.add(new Finding(QualityRule.LICENSING_STEPS_MISSING, "steps", String.join("、", missing)));
            }
        }
        if (!subject.basicCode().equals(c.basicCode())) {
            findings.add(new Finding(QualityRule.CONTRADICTS_BASIC_ENTRY, "basicCode", c.basicCode()));
        } else if (subject.regionLevel() != null && !subject.allowedLevels().contains(subject.regionLevel())) {
            findings.add(new Finding(QualityRule.CONTRADICTS_BASIC_ENTRY, "regionCode", subject.regionLevel()));
        }
        if (subject.published() && subject.cancellationDate() != null
                && subject.cancellationDate().isBefore(subject.today())) {
            findings.add(new Finding(QualityRule.PAST_CANCELLATION, "cancellationDate",
                    subject.cancellationDate().toString()));
        }
        required(c, findings);
        if (c.hallCodes().isEmpty()) {
            findings.add(new Finding(QualityRule.NO_HALL, "hallCodes", null));
        }
        return new QualityReport(findings);
    }

    private static void materials(ListingContent c, List<Finding> findings) {
        for (int i = 0; i < c.materials().size(); i++) {
            var m = c.materials().get(i);
            boolean paper = m.form() != null && m.form().startsWith("PAPER");
            if (blank(m.source()) || blank(m.issuer()) || blank(m.type()) || blank(m.form()) || (paper && m.copies() < 1)) {
                findings.add(new Finding(QualityRule.MATERIAL_INCOMPLETE, "materials[" + i + "]", m.name()));
            }
            if (m.isForm() && (blank(m.blankForm()) || blank(m.sampleForm()))) {
                findings.add(new Finding(QualityRule.FORM_TEMPLATE_MISSING, "materials[" + i + "]", m.name()));
            }
        }
    }

    private static void limits(ListingContent c, List<Finding> findings) {
        var statutory = c.statutoryLimit();
        var promised = c.promisedLimit();
        if (statutory == null || promised == null) {
            findings.add(new Finding(QualityRule.REQUIRED_ELEMENT_MISSING, statutory == null ? "statutoryLimit"
                    : "promisedLimit", null));
            return;
        }
        if (!statutory.unit().equals(promised.unit())) {
            findings.add(new Finding(QualityRule.LIMIT_UNITS_DIFFER, "promisedLimit.unit", null));
            if (inNaturalDays(promised) > inNaturalDays(statutory)) {
                findings.add(new Finding(QualityRule.PROMISED_EXCEEDS_STATUTORY, "promisedLimit", null));
            }
            return;
        }
        if (promised.value() > statutory.value()) {
            findings.add(new Finding(QualityRule.PROMISED_EXCEEDS_STATUTORY, "promisedLimit",
                    promised.value() + ">" + statutory.value()));
        } else if (promised.value() == statutory.value() && statutory.value() > 0) {
            findings.add(new Finding(QualityRule.NO_COMPRESSION, "promisedLimit", null));
        }
    }

    /** A working day counted as 7/5 natural days: only to compare limits given in different units. */
    private static double inNaturalDays(ListingContent.TimeLimit limit) {
        return "W".equals(limit.unit()) ? limit.value() * 7.0 / 5.0 : limit.value();
    }

    private static void visits(ListingContent c, List<Finding> findings) {
        if (c.fullyOnline() && c.requiredVisits() != 0) {
            findings.add(new Finding(QualityRule.FULLY_ONLINE_WITH_VISITS, "requiredVisits",
                    String.valueOf(c.requiredVisits())));
        }
        if (c.requiredVisits() > 0 && blank(c.onsiteReason())) {
            findings.add(new Finding(QualityRule.VISITS_WITHOUT_REASON, "onsiteReason", null));
        }
        if (c.requiredVisits() == 0 && !c.handlingForms().contains("ONLINE") && !c.handlingForms().contains("POST")) {
            findings.add(new Finding(QualityRule.NO_WAY_TO_APPLY_REMOTELY, "handlingForms", null));
        }
    }

    private static void required(ListingContent c, List<Finding> findings) {
        if (blank(c.acceptanceConditions())) {
            findings.add(new Finding(QualityRule.REQUIRED_ELEMENT_MISSING, "acceptanceConditions", null));
        }
        if (c.result() == null || blank(c.result().name()) || blank(c.result().type())) {
            findings.add(new Finding(QualityRule.REQUIRED_ELEMENT_MISSING, "result", null));
        }
        if (c.steps().isEmpty()) {
            findings.add(new Finding(QualityRule.REQUIRED_ELEMENT_MISSING, "steps", null));
        }
        if (c.contact() == null || blank(c.contact().consultPhone()) || blank(c.contact().complaintPhone())) {
            findings.add(new Finding(QualityRule.REQUIRED_ELEMENT_MISSING, "contact", null));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
