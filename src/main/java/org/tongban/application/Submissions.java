package org.tongban.application;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.tongban.casework.CaseDraft;
import org.tongban.casework.CaseError;
import org.tongban.casework.CaseIntake;
import org.tongban.casework.CaseNumber;
import org.tongban.casework.CaseQueries;
import org.tongban.casework.CaseStatus;
import org.tongban.casework.CaseworkRole;
import org.tongban.casework.Channel;
import org.tongban.casework.FormJson;
import org.tongban.catalog.Catalog;
import org.tongban.catalog.ItemDetail;
import org.tongban.identity.Applicants;
import org.tongban.identity.Applicants.Applicant;
import org.tongban.license.LicenseMaterials;
import org.tongban.shared.AccountKind;
import org.tongban.shared.Actor;
import org.tongban.shared.BusinessException;
import org.tongban.shared.CommonError;
import org.tongban.shared.CreditCode;
import org.tongban.shared.IdNumber;
import org.tongban.shared.InputCheck;
import org.tongban.shared.MobileNumber;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Submission (申报): checks an application against the published listing and hands it to casework as a
 * new case. People and enterprises apply for themselves online or at a kiosk; a window clerk applies for
 * a walk-in applicant (一窗受理), who needs no account. Every problem is reported at once, before anything
 * is stored.
 */
@Service
public class Submissions {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Catalog catalog;
    private final Applicants applicants;
    private final UploadedFiles uploads;
    private final PreChecks preChecks;
    private final CaseIntake intake;
    private final ListingForms forms;
    private final ApplicantFiles files;
    private final CaseQueries cases;
    private final LicenseMaterials licenses;

    Submissions(Catalog catalog, Applicants applicants, UploadedFiles uploads, PreChecks preChecks, CaseIntake intake,
            ListingForms forms, ApplicantFiles files, CaseQueries cases, LicenseMaterials licenses) {
        this.cases = cases;
        this.licenses = licenses;
        this.forms = forms;
        this.files = files;
        this.catalog = catalog;
        this.applicants = applicants;
        this.uploads = uploads;
        this.preChecks = preChecks;
        this.intake = intake;
    }

    /**
     * A material handed in: the listing's material name and an uploaded file of the submitter's, or
     * ({@code reusedFrom}) the number of an earlier case of theirs whose material of that name stands for it
     * (材料复用, 免提交).
     */
    public record MaterialSubmission(String name, String fileId, String reusedFrom, String producedBy,
            String license) {

        public MaterialSubmission(String name, String fileId) {
            this(name, fileId, null, null, null);
        }

        public MaterialSubmission(String name, String fileId, String reusedFrom) {
            this(name, fileId, reusedFrom, null, null);
        }

        /**
         * A material that one of the applicant's valid electronic licenses stands for (免提交), by the license's
         * identifier: nothing is uploaded; the department sees the verified license.
         */
        public static MaterialSubmission licensed(String name, String identifier) {
            return new MaterialSubmission(name, null, null, null, identifier);
        }

        /**
         * A material that is the result of another case of the applicant's ({@code caseNumber}), made in the
         * same 一件事 application: the department receives it from that case when it is decided (内部流转).
         */
        public static MaterialSubmission producedBy(String name, String caseNumber) {
            return new MaterialSubmission(name, null, null, caseNumber, null);
        }
    }

    /** The applicant a window clerk enters for a walk-in: kind PERSON or ENTERPRISE. */
    public record WalkInApplicant(String kind, String name, String number, String mobile) {
    }

    /** An application as the API and the pages send it. */
    public record ApplicationRequest(String itemCode, String region, Object formData,
            List<MaterialSubmission> materials, String submissionKey, String channel, WalkInApplicant applicant) {
    }

    public CaseIntake.Submitted submit(ApplicationRequest request, Actor actor) {
        Checked checked = check(request, actor, Set.of());
        var draft = new CaseDraft(checked.item().code(), checked.item().version(), checked.item().name(),
                checked.item().type(), checked.item().region().code(), checked.item().department().code(),
                checked.item().processingKind(), checked.item().promisedLimit().value(),
                checked.item().promisedLimit().unit(), checked.item().statutoryLimit().value(),
                checked.item().statutoryLimit().unit(), leaderSigns(checked.item()), checked.applicant(),
                actor.username(), checked.channel(), request.submissionKey(), checked.formData(), checked.materials());
        return intake.submit(draft, actor);
    }

    /**
     * 智能预检 without submitting: every problem the submission would be refused for, as field messages,
     * or none. The submission key is not needed.
     */
    public void precheck(ApplicationRequest request, Actor actor) {
        precheck(request, actor, Set.of());
    }

    /**
     * The same pre-check, counting the materials named in {@code producedWithin} as handed in: in a 一件事
     * application they are the results of its other items, given to this one when those are decided.
     */
    public void precheck(ApplicationRequest request, Actor actor, Set<String> producedWithin) {
        check(new ApplicationRequest(request.itemCode(), request.region(), request.formData(), request.materials(),
                "precheck-only", request.channel(), request.applicant()), actor, producedWithin);
    }

    /** An application that passed every check, ready to become a case. */
    private record Checked(ItemDetail item, Channel channel, Applicant applicant, String formData, String materials) {
    }

    private Checked check(ApplicationRequest request, Actor actor, Set<String> producedWithin) {
        var check = new InputCheck();
        String itemCode = check.required("itemCode", request.itemCode(), 40);
        if (!CaseIntake.validKey(request.submissionKey())) {
            check.add("submissionKey", CaseError.SUBMISSION_KEY_INVALID);
        }
        check.throwIfAny();
        ItemDetail item = catalog.published(itemCode)
                .orElseThrow(() -> BusinessException.onField("itemCode", ApplicationError.ITEM_NOT_AVAILABLE));
        if (request.region() != null && !request.region().isBlank() && !request.region().strip().equals(item.region().code())) {
            throw BusinessException.onField("region", ApplicationError.REGION_MISMATCH, item.region().name());
        }
        if ("NOT_ON_PLATFORM".equals(item.negativeList())) {
            throw new BusinessException(ApplicationError.ITEM_NOT_ON_PLATFORM);
        }
        Channel channel = channel(request, actor);
        if (channel != Channel.WINDOW && !item.receivesOnline()) {
            throw new BusinessException(ApplicationError.ITEM_NOT_ONLINE);
        }
        Applicant applicant = channel == Channel.WINDOW ? walkIn(request.applicant()) : applicants.of(actor);
        var problems = new InputCheck();
        ObjectNode form = forms.checked(forms.form(item), (ObjectNode) JSON.readTree(formData(request.formData())),
                applicant, problems);
        HandedIn materials = materials(item, request.materials(), actor, channel, producedWithin, problems);
        problems.throwIfAny();
        String formData = JSON.writeValueAsString(form);
        List<String> failed = preChecks.failures(item.code(), JSON.convertValue(form,
                new TypeReference<Map<String, Object>>() {
                }), applicant, materials.names());
        if (!failed.isEmpty()) {
            throw new BusinessException(ApplicationError.PRECHECK_FAILURES, failed.stream()
                    .map(message -> new BusinessException.FieldViolation("precheck", ApplicationError.PRECHECK_FAILED,
                            message))
                    .toList(), failed.size());
        }
        return new Checked(item, channel, applicant, formData, materials.json());
    }

    /**
     * A 行政许可 decided within a promised time is signed by the department's leader (签发); 即办件 and other
     * items are decided by the approver, or on the spot by the clerk.
     */
    public static boolean leaderSigns(ItemDetail item) {
        return "01".equals(item.type()) && "PROMISED".equals(item.processingKind());
    }

    private static Channel channel(ApplicationRequest request, Actor actor) {
        if (actor.has(CaseworkRole.WINDOW_CLERK)) {
            return Channel.WINDOW;
        }
        if (actor.kind() != AccountKind.PERSON && actor.kind() != AccountKind.ENTERPRISE) {
            throw new BusinessException(CommonError.FORBIDDEN);
        }
        return "KIOSK".equals(request.channel()) ? Channel.KIOSK : Channel.ONLINE;
    }

    private Applicant walkIn(WalkInApplicant given) {
        var check = new InputCheck();
        if (given == null) {
            check.required("applicant.name", null, 100);
            check.throwIfAny();
        }
        String kind = given.kind() == null ? "PERSON" : given.kind().strip();
        String name = check.required("applicant.name", given.name(), 100);
        String mobile = null;
        if (given.mobile() != null && !given.mobile().isBlank()) {
            mobile = check.parsed("applicant.mobile", given.mobile(), MobileNumber::parse, CommonError.MOBILE_INVALID)
                    == null ? null : given.mobile().strip();
        }
        Applicant found;
        String number;
        if ("ENTERPRISE".equals(kind)) {
            CreditCode code = check.parsed("applicant.number", given.number(), CreditCode::parse,
                    CommonError.CREDIT_CODE_INVALID);
            check.throwIfAny();
            number = code.value();
            found = applicants.enterprise(number).orElse(null);
        } else if ("PERSON".equals(kind)) {
            IdNumber id = check.parsed("applicant.number", given.number(), IdNumber::parse,
                    CommonError.ID_NUMBER_INVALID);
            check.throwIfAny();
            number = id.value();
            found = applicants.person(number).orElse(null);
        } else {
            throw BusinessException.onField("applicant.kind", CommonError.INVALID_INPUT);
        }
        if (found != null) {
            return found;
        }
        return new Applicant(null, AccountKind.valueOf(kind), name, number, mobile, null);
    }

    private static String formData(Object formData) {
        if (formData == null) {
            return "{}";
        }
        String text = formData instanceof String s ? s : JSON.writeValueAsString(formData);
        return FormJson.object("formData", text);
    }

    /** The materials handed in: as the case keeps them (JSON) and by name. */
    private record HandedIn(String json, List<String> names) {
    }

    /**
     * The materials as JSON, after checking that each names a material of the listing, that each file is
     * the submitter's own upload (or a material of theirs taken at intake of an earlier case), and that every
     * required (必要) material is there; a missing one is named.
     */
    private HandedIn materials(ItemDetail item, List<MaterialSubmission> given, Actor actor, Channel channel,
            Set<String> producedWithin, InputCheck check) {
        List<MaterialSubmission> materials = given == null ? List.of() : given;
        if (materials.size() > 100) {
            throw BusinessException.onField("materials", CommonError.INVALID_INPUT);
        }
        // Materials are reused online only: at a window the clerk sees the paper.
        boolean reuse = channel != Channel.WINDOW && materials.stream()
                .anyMatch(m -> m != null && m.reusedFrom() != null && !m.reusedFrom().isBlank());
        ApplicantFiles.Record earlier = reuse ? files.of(actor) : null;
        Set<String> known = new LinkedHashSet<>();
        item.materials().forEach(m -> known.add(m.name()));
        Set<String> handedIn = new LinkedHashSet<>();
        ArrayNode array = JSON.createArrayNode();
        for (int i = 0; i < materials.size(); i++) {
            MaterialSubmission m = materials.get(i);
            String name = check.required("materials[" + i + "].name", m == null ? null : m.name(), 200);
            if (name == null) {
                continue;
            }
            if (!known.contains(name)) {
                check.add("materials[" + i + "].name", ApplicationError.MATERIAL_UNKNOWN, name);
                continue;
            }
            ObjectNode node = array.addObject().put("name", name);
            if (m.producedBy() != null && !m.producedBy().isBlank()) {
                if (!producedBy(m.producedBy().strip(), name, actor)) {
                    check.add("materials[" + i + "].producedBy", ApplicationError.MATERIAL_NOT_PRODUCED, name);
                    continue;
                }
                node.put("producedBy", m.producedBy().strip());
                handedIn.add(name);
                continue;
            }
            if (m.license() != null && !m.license().isBlank() && channel != Channel.WINDOW) {
                var license = licenses.check(name, m.license(), actor);
                if (license.isEmpty()) {
                    check.add("materials[" + i + "].license", ApplicationError.MATERIAL_LICENSE_INVALID, name);
                    continue;
                }
                node.put("license", license.get().identifier()).put("licenseType", license.get().typeName());
                handedIn.add(name);
                continue;
            }
            String fileId = m.fileId();
            boolean reused = false;
            if (m.reusedFrom() != null && !m.reusedFrom().isBlank()) {
                var reusable = earlier == null ? Optional.<ApplicantFiles.Reusable>empty()
                        : earlier.material(name).filter(r -> r.caseNumber().equals(m.reusedFrom().strip()));
                if (reusable.isEmpty()) {
                    check.add("materials[" + i + "].reusedFrom", ApplicationError.MATERIAL_NOT_REUSABLE, name);
                    continue;
                }
                fileId = reusable.get().fileId();
                reused = true;
                node.put("reusedFrom", reusable.get().caseNumber());
            }
            if (fileId != null && !fileId.isBlank()) {
                // A reused file belongs to an earlier case of the applicant's, which may have been entered at a window.
                var file = reused ? uploads.find(fileId) : uploads.owned(fileId.strip(), actor);
                if (file.isEmpty()) {
                    check.add("materials[" + i + "].fileId", ApplicationError.UPLOAD_NOT_FOUND);
                    continue;
                }
                node.put("fileId", file.get().id()).put("fileName", file.get().name())
                        .put("mediaType", file.get().mediaType()).put("sha256", file.get().sha256())
                        .put("size", file.get().size());
            } else if (!actor.has(CaseworkRole.WINDOW_CLERK)) {
                check.add("materials[" + i + "].fileId", ApplicationError.MATERIAL_FILE_MISSING, name);
                continue;
            } else {
                node.put("paper", true);
            }
            handedIn.add(name);
        }
        producedWithin.stream().filter(known::contains).forEach(handedIn::add);
        if (channel != Channel.WINDOW) {
            // 免提交: what the applicant's own valid licenses stand for is attached even when not named.
            List<String> open = item.materials().stream().map(ItemDetail.MaterialView::name)
                    .filter(n -> !handedIn.contains(n)).toList();
            licenses.available(open, actor).values().forEach(l -> {
                array.addObject().put("name", l.material()).put("license", l.identifier())
                        .put("licenseType", l.typeName());
                handedIn.add(l.material());
            });
        }
        List<String> missing = new ArrayList<>();
        item.materials().stream().filter(m -> m.required() && !handedIn.contains(m.name()))
                .forEach(m -> missing.add(m.name()));
        if (!missing.isEmpty()) {
            check.add("materials", ApplicationError.MATERIALS_MISSING, String.join("、", missing));
        }
        return new HandedIn(JSON.writeValueAsString(array), List.copyOf(handedIn));
    }

    /**
     * Whether the submitter may see the case (their own, or at a window one in the clerk's scope), it is still
     * under way or decided in favour, and its item's result is the material of this name.
     */
    private boolean producedBy(String caseNumber, String material, Actor actor) {
        CaseQueries.CaseView producer;
        try {
            producer = cases.view(CaseNumber.of(caseNumber), actor);
        } catch (BusinessException e) {
            return false;
        }
        if (producer.status() == CaseStatus.REFUSED || producer.status() == CaseStatus.WITHDRAWN
                || producer.status() == CaseStatus.DENIED) {
            return false;
        }
        return catalog.published(producer.itemCode()).map(i -> i.result() != null && material.equals(i.result().name()))
                .orElse(false);
    }
}
