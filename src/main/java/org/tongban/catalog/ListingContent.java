package org.tongban.catalog;

import java.util.List;

/**
 * Everything a guide says about one implementation listing: the JSON document stored per version and
 * rendered by every channel. Names and types come from the basic catalog entry and are not repeated.
 */
public record ListingContent(
        String basicCode,
        String departmentName,
        String regionCode,
        String handlingItem,
        TimeLimit statutoryLimit,
        TimeLimit promisedLimit,
        String processingKind,
        int requiredVisits,
        String onsiteReason,
        List<String> onlineDepth,
        List<String> handlingForms,
        String acceptanceConditions,
        String crossRegionScope,
        boolean appointment,
        boolean postal,
        boolean onlinePayment,
        boolean kiosk,
        List<Step> steps,
        List<SpecialProcedure> specialProcedures,
        List<IntermediaryService> intermediaryServices,
        List<Fee> fees,
        Result result,
        List<String> audiences,
        List<String> personThemes,
        List<String> enterpriseThemes,
        boolean highFrequency,
        List<String> keywords,
        Contact contact,
        String rights,
        String duties,
        List<Faq> faqs,
        List<Material> materials,
        List<String> hallCodes,
        String plainSummary) {

    /** The stages of online handling that together make 全程网办. */
    public static final List<String> FULLY_ONLINE = List.of("CONSULT", "RECEIVE", "PRE_REVIEW", "ACCEPT", "PROCESS",
            "RESULT_FEEDBACK");

    public ListingContent {
        onlineDepth = nonNull(onlineDepth);
        handlingForms = nonNull(handlingForms);
        steps = nonNull(steps);
        specialProcedures = nonNull(specialProcedures);
        intermediaryServices = nonNull(intermediaryServices);
        fees = nonNull(fees);
        audiences = nonNull(audiences);
        personThemes = nonNull(personThemes);
        enterpriseThemes = nonNull(enterpriseThemes);
        keywords = nonNull(keywords);
        faqs = nonNull(faqs);
        materials = nonNull(materials);
        hallCodes = nonNull(hallCodes);
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** The same content, naming its implementing department (imports give only the credit code). */
    public ListingContent withDepartmentName(String name) {
        return new ListingContent(basicCode, name, regionCode, handlingItem, statutoryLimit, promisedLimit,
                processingKind, requiredVisits, onsiteReason, onlineDepth, handlingForms, acceptanceConditions,
                crossRegionScope, appointment, postal, onlinePayment, kiosk, steps, specialProcedures,
                intermediaryServices, fees, result, audiences, personThemes, enterpriseThemes, highFrequency, keywords,
                contact, rights, duties, faqs, materials, hallCodes, plainSummary);
    }

    public boolean fullyOnline() {
        return onlineDepth.containsAll(FULLY_ONLINE);
    }

    /** A time limit: a number of working (W) or natural (N) days, with a note on its basis. */
    public record TimeLimit(int value, String unit, String note) {
    }

    /** One step of the procedure. */
    public record Step(String name, String description, String duration) {
    }

    /** 特别程序: inspection, hearing, expert review…; the clock stops. */
    public record SpecialProcedure(String name, int days, String note) {
    }

    /** 中介服务. */
    public record IntermediaryService(String name, String provider, String basis) {
    }

    /** A fee, its legal basis and whether it may be reduced. */
    public record Fee(String name, String standard, String basis, boolean reducible, String reductionBasis) {
    }

    /** What the applicant gets: CERTIFICATE (出证), DOCUMENT (出文) or APPROVAL (审批). */
    public record Result(String name, String type, String sample) {
    }

    /** Where to ask, complain and appeal. */
    public record Contact(String consultPhone, String complaintPhone, String reviewBody, String litigationBody) {
    }

    /** A frequently asked question. */
    public record Faq(String question, String answer) {
    }

    /** A material the applicant hands in. */
    public record Material(String name, String type, String form, int copies, String paperSize, String necessity,
            String source, String issuer, String acceptanceStandard, String fillingNotes, String basis, boolean isForm,
            String blankForm, String sampleForm) {
    }
}
