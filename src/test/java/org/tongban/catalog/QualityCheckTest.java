package org.tongban.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** One test per quality rule: a valid listing passes; breaking exactly one element trips exactly that rule. */
class QualityCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final ListingContent VALID = CatalogFixtures.valid("370101001000");

    private static QualityReport check(ListingContent content) {
        return check(content, "01", "COUNTY", false, null);
    }

    private static QualityReport check(ListingContent c, String type, String level, boolean published,
            LocalDate cancellation) {
        return QualityCheck.run(new QualityCheck.Subject(c, "370101001000", type, List.of("CITY", "COUNTY"), level,
                published, cancellation, TODAY));
    }

    /** A copy of VALID with its JSON edited: tests change one element at a time. */
    private static ListingContent with(UnaryOperator<Builder> change) {
        return change.apply(new Builder(VALID)).build();
    }

    @Test
    void aCompleteListingPasses() {
        QualityReport report = check(VALID);
        assertThat(report.findings()).isEmpty();
    }

    @Test
    void materialWithoutSourceOrIssuerOrCopies() {
        var m = VALID.materials().get(0);
        assertThat(check(with(b -> b.materials(new ListingContent.Material(m.name(), m.type(), m.form(), 1, "A4",
                "REQUIRED", "", "申请人", null, null, null, false, null, null)))).has(QualityRule.MATERIAL_INCOMPLETE)).isTrue();
        assertThat(check(with(b -> b.materials(new ListingContent.Material(m.name(), m.type(), "PAPER", 0, "A4",
                "REQUIRED", "APPLICANT", "申请人", null, null, null, false, null, null)))).has(QualityRule.MATERIAL_INCOMPLETE)).isTrue();
        assertThat(check(with(b -> b.materials(new ListingContent.Material(m.name(), null, m.form(), 1, "A4",
                "REQUIRED", "APPLICANT", null, null, null, null, false, null, null)))).has(QualityRule.MATERIAL_INCOMPLETE)).isTrue();
    }

    @Test
    void formWithoutBlankOrSampleForm() {
        var m = VALID.materials().get(0);
        var report = check(with(b -> b.materials(new ListingContent.Material(m.name(), m.type(), m.form(), 1, "A4",
                "REQUIRED", "APPLICANT", "申请人", null, null, null, true, "空表", ""))));
        assertThat(report.has(QualityRule.FORM_TEMPLATE_MISSING)).isTrue();
        assertThat(report.findings()).singleElement().extracting(QualityReport.Finding::path).isEqualTo("materials[0]");
    }

    @Test
    void promisedLongerThanStatutory() {
        assertThat(check(with(b -> b.promised(new ListingContent.TimeLimit(25, "W", "")))).has(
                QualityRule.PROMISED_EXCEEDS_STATUTORY)).isTrue();
        assertThat(check(with(b -> b.promised(new ListingContent.TimeLimit(60, "N", "")))).has(
                QualityRule.PROMISED_EXCEEDS_STATUTORY)).isTrue();
    }

    @Test
    void fullyOnlineButVisitsRequired() {
        assertThat(check(with(b -> b.visits(1, "需核验原件"))).has(QualityRule.FULLY_ONLINE_WITH_VISITS)).isTrue();
    }

    @Test
    void visitsWithoutAReason() {
        var report = check(with(b -> b.depth(List.of("CONSULT", "RECEIVE")).visits(1, " ")));
        assertThat(report.has(QualityRule.VISITS_WITHOUT_REASON)).isTrue();
        assertThat(report.has(QualityRule.FULLY_ONLINE_WITH_VISITS)).isFalse();
    }

    @Test
    void feeWithoutBasis() {
        assertThat(check(with(b -> b.fees(new ListingContent.Fee("工本费", "10元/本", "", false, null))))
                .has(QualityRule.FEE_WITHOUT_BASIS)).isTrue();
    }

    @Test
    void certificateResultNotTypedAsCertificate() {
        assertThat(check(with(b -> b.result(new ListingContent.Result("测试经营许可证", "DOCUMENT", null))))
                .has(QualityRule.CERTIFICATE_NOT_TYPED)).isTrue();
    }

    @Test
    void licensingWithoutFaq() {
        assertThat(check(with(b -> b.faqs(List.of()))).has(QualityRule.LICENSING_WITHOUT_FAQ)).isTrue();
        assertThat(check(with(b -> b.faqs(List.of())), "20", "COUNTY", false, null)
                .has(QualityRule.LICENSING_WITHOUT_FAQ)).isFalse();
    }

    @Test
    void licensingWithoutTheFiveSteps() {
        var report = check(with(b -> b.steps(VALID.steps().subList(0, 3))));
        assertThat(report.has(QualityRule.LICENSING_STEPS_MISSING)).isTrue();
        assertThat(report.findings()).filteredOn(f -> f.rule() == QualityRule.LICENSING_STEPS_MISSING)
                .singleElement().extracting(QualityReport.Finding::detail).isEqualTo("办结、送达");
    }

    @Test
    void listingContradictingItsBasicEntry() {
        assertThat(check(VALID, "01", "VILLAGE", false, null).has(QualityRule.CONTRADICTS_BASIC_ENTRY)).isTrue();
        assertThat(check(with(b -> b.basicCode("000000000000"))).has(QualityRule.CONTRADICTS_BASIC_ENTRY)).isTrue();
    }

    @Test
    void publishedPastItsCancellationDate() {
        assertThat(check(VALID, "01", "COUNTY", true, TODAY.minusDays(1)).has(QualityRule.PAST_CANCELLATION)).isTrue();
        assertThat(check(VALID, "01", "COUNTY", true, TODAY.plusDays(1)).has(QualityRule.PAST_CANCELLATION)).isFalse();
    }

    @Test
    void zeroVisitsNeedsOnlineOrPost() {
        assertThat(check(with(b -> b.forms(List.of("WINDOW")))).has(QualityRule.NO_WAY_TO_APPLY_REMOTELY)).isTrue();
    }

    @Test
    void requiredElementsMissing() {
        var report = check(with(b -> b.steps(List.of()).result(new ListingContent.Result("", null, null))));
        assertThat(report.findings()).filteredOn(f -> f.rule() == QualityRule.REQUIRED_ELEMENT_MISSING)
                .extracting(QualityReport.Finding::path).contains("steps", "result");
    }

    @Test
    void limitsInDifferentUnitsAreFlaggedAndStillCompared() {
        var report = check(with(b -> b.promised(new ListingContent.TimeLimit(10, "N", ""))));
        assertThat(report.has(QualityRule.LIMIT_UNITS_DIFFER)).isTrue();
        assertThat(report.has(QualityRule.PROMISED_EXCEEDS_STATUTORY)).isFalse();
    }

    @Test
    void warningsDoNotCountAsErrors() {
        var report = check(with(b -> b.promised(new ListingContent.TimeLimit(20, "W", "")).halls(List.of())));
        assertThat(report.has(QualityRule.NO_COMPRESSION)).isTrue();
        assertThat(report.has(QualityRule.NO_HALL)).isTrue();
        assertThat(report.errors()).isZero();
        assertThat(report.warnings()).isEqualTo(2);
    }

    /** Builds modified copies of a content record. */
    static final class Builder {
        private ListingContent c;

        Builder(ListingContent c) {
            this.c = c;
        }

        Builder materials(ListingContent.Material... materials) {
            return set(List.of(materials), null, null, null, null, null, null, null, null, null, null, -1);
        }

        Builder promised(ListingContent.TimeLimit limit) {
            return set(null, limit, null, null, null, null, null, null, null, null, null, -1);
        }

        Builder visits(int visits, String reason) {
            return set(null, null, null, null, null, null, null, null, null, null, reason, visits);
        }

        Builder depth(List<String> depth) {
            return set(null, null, depth, null, null, null, null, null, null, null, null, -1);
        }

        Builder fees(ListingContent.Fee... fees) {
            return set(null, null, null, List.of(fees), null, null, null, null, null, null, null, -1);
        }

        Builder result(ListingContent.Result result) {
            return set(null, null, null, null, result, null, null, null, null, null, null, -1);
        }

        Builder faqs(List<ListingContent.Faq> faqs) {
            return set(null, null, null, null, null, faqs, null, null, null, null, null, -1);
        }

        Builder steps(List<ListingContent.Step> steps) {
            return set(null, null, null, null, null, null, steps, null, null, null, null, -1);
        }

        Builder forms(List<String> forms) {
            return set(null, null, null, null, null, null, null, forms, null, null, null, -1);
        }

        Builder halls(List<String> halls) {
            return set(null, null, null, null, null, null, null, null, halls, null, null, -1);
        }

        Builder basicCode(String code) {
            return set(null, null, null, null, null, null, null, null, null, code, null, -1);
        }

        private Builder set(List<ListingContent.Material> materials, ListingContent.TimeLimit promised,
                List<String> depth, List<ListingContent.Fee> fees, ListingContent.Result result,
                List<ListingContent.Faq> faqs, List<ListingContent.Step> steps, List<String> forms,
                List<String> halls, String basicCode, String reason, int visits) {
            c = new ListingContent(basicCode != null ? basicCode : c.basicCode(), c.departmentName(), c.regionCode(),
                    c.handlingItem(), c.statutoryLimit(), promised != null ? promised : c.promisedLimit(),
                    c.processingKind(), visits >= 0 ? visits : c.requiredVisits(),
                    reason != null ? reason : c.onsiteReason(), depth != null ? depth : c.onlineDepth(),
                    forms != null ? forms : c.handlingForms(), c.acceptanceConditions(), c.crossRegionScope(),
                    c.appointment(), c.postal(), c.onlinePayment(), c.kiosk(), steps != null ? steps : c.steps(),
                    c.specialProcedures(), c.intermediaryServices(), fees != null ? fees : c.fees(),
                    result != null ? result : c.result(), c.audiences(), c.personThemes(), c.enterpriseThemes(),
                    c.highFrequency(), c.keywords(), c.contact(), c.rights(), c.duties(),
                    faqs != null ? faqs : c.faqs(), materials != null ? materials : c.materials(),
                    halls != null ? halls : c.hallCodes(), c.plainSummary());
            return this;
        }

        ListingContent build() {
            return c;
        }
    }
}
