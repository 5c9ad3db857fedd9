package org.tongban.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.tongban.region.HallView;

/** A published listing as guides and {@code GET /api/v1/items/{code}} show it. */
public record ItemDetail(
        String code, String basicCode, String name, String type, Named department, Named region, String regionLevel,
        int version, Instant publishedAt, String legalBasis,
        ListingContent.TimeLimit statutoryLimit, ListingContent.TimeLimit promisedLimit, String processingKind,
        int requiredVisits, String onsiteReason, List<String> onlineDepth, boolean fullyOnline,
        List<String> handlingForms, String acceptanceConditions, String crossRegionScope,
        boolean appointment, boolean postal, boolean onlinePayment, boolean kiosk,
        List<ListingContent.Step> steps, List<ListingContent.SpecialProcedure> specialProcedures,
        List<ListingContent.IntermediaryService> intermediaryServices, List<ListingContent.Fee> fees,
        ListingContent.Result result, List<String> audiences, List<String> personThemes,
        List<String> enterpriseThemes, boolean highFrequency, List<String> keywords, ListingContent.Contact contact,
        String rights, String duties, List<ListingContent.Faq> faqs, List<MaterialView> materials,
        List<HallView> halls, String plainSummary, String negativeList, String negativeReason,
        LocalDate cancellationDate) {

    /** A code with its name: a department or region. */
    public record Named(String code, String name) {
    }

    /** A material as applicants read it; {@code required} is true for 必要 materials. */
    public record MaterialView(String name, boolean required, String necessity, int copies, String type, String form,
            String paperSize, String source, String issuer, String acceptanceStandard, String fillingNotes,
            String basis, boolean isForm, String blankForm, String sampleForm) {
    }

    /** The listing takes applications online (网上办理深度 reaches 网上申请). */
    public boolean receivesOnline() {
        return onlineDepth.contains("RECEIVE");
    }

    /** The share of the statutory limit cut by the promise (承诺压缩比), 0–100, when units agree. */
    public Integer compressionPercent() {
        if (statutoryLimit == null || promisedLimit == null || statutoryLimit.value() == 0
                || !statutoryLimit.unit().equals(promisedLimit.unit())) {
            return null;
        }
        return (int) Math.round(100.0 * (statutoryLimit.value() - promisedLimit.value()) / statutoryLimit.value());
    }

    /** A tag that changes whenever what this detail shows changes: its version, negative list or cancellation. */
    public String tag() {
        return version + "-" + Integer.toHexString(Objects.hash(negativeList, negativeReason, cancellationDate));
    }

    /** 零跑动: no visit in person. */
    public boolean zeroVisits() {
        return requiredVisits == 0;
    }

    /** 最多跑一次. */
    public boolean atMostOneVisit() {
        return requiredVisits <= 1;
    }
}
