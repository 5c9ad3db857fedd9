package org.tongban.bundle;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.application.ApplicationError;
import org.tongban.application.ListingForms;
import org.tongban.application.Submissions;
import org.tongban.application.Submissions.MaterialSubmission;
import org.tongban.casework.CaseError;
import org.tongban.casework.CaseIntake;
import org.tongban.casework.CaseNumber;
import org.tongban.casework.CaseQueries;
import org.tongban.casework.CaseStatus;
import org.tongban.region.RegionDirectory;
import org.tongban.shared.Actor;
import org.tongban.shared.BusinessException;
import org.tongban.shared.BusinessException.FieldViolation;
import org.tongban.shared.CommonError;
import org.tongban.shared.InputCheck;
import org.tongban.shared.TimeConfiguration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Applying for a bundle once (一表申请、一套材料): the applicant fills in one form, hands in each material once
 * and chooses the optional items; the application becomes one case per chosen item, each at its own department
 * and under that listing's own form, checks and time limits.
 *
 * <p>Every item is pre-checked before any case is opened, so a problem with one item opens none and every
 * problem is reported at once, each on its form field or shared material. A material that an earlier item's
 * result supplies (出生医学证明 for 出生登记, 营业执照 for the tax registration) is not asked for: the later case
 * records the earlier case as its source (内部流转). Each case's submission key is the application's with the
 * item's position, so sending the same application again opens no case twice and completes one cut short.
 */
@Service
public class BundleApplications {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    /** Room in a case's submission key (at most 64 characters) for the item's position. */
    private static final int KEY_LENGTH = 56;

    private final Bundles bundles;
    private final Submissions submissions;
    private final ListingForms forms;
    private final CaseQueries cases;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final RegionDirectory regions;

    BundleApplications(Bundles bundles, Submissions submissions, ListingForms forms, CaseQueries cases,
            JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock, RegionDirectory regions) {
        this.regions = regions;
        this.bundles = bundles;
        this.submissions = submissions;
        this.forms = forms;
        this.cases = cases;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * An application for a bundle: the region, the optional items chosen (basic codes), the form data of all
     * items together, and each material once by its name.
     */
    public record Request(String region, List<String> chosen, Object formData, List<MaterialSubmission> materials,
            String submissionKey, String channel) {
    }

    /** A case opened for one item of the application. */
    public record CaseRef(int position, String basicCode, String itemName, String caseNumber) {
    }

    /** An application as made: its number, the bundle, the region and its cases in the bundle's order. */
    public record Application(String number, String bundleCode, String bundleName, String regionCode,
            Instant createdAt, List<CaseRef> cases) {
    }

    /** Where one case of the application stands. */
    public record CaseLine(CaseRef ref, CaseStatus status, String departmentCode, String departmentName,
            LocalDate deadline, Instant completedAt) {

        /** Ended without the result (不予受理, 不予, 撤回). */
        public boolean stopped() {
            return status == CaseStatus.REFUSED || status == CaseStatus.DENIED || status == CaseStatus.WITHDRAWN;
        }

        public boolean done() {
            return status == CaseStatus.COMPLETED || status == CaseStatus.DELIVERED;
        }
    }

    /** The application followed as one thing: DONE when every case is, STOPPED when any ended without result. */
    public record Progress(Application application, List<CaseLine> lines) {

        public String overall() {
            if (lines.stream().anyMatch(CaseLine::stopped)) {
                return "STOPPED";
            }
            return lines.stream().allMatch(CaseLine::done) ? "DONE" : "IN_PROGRESS";
        }

        public long doneCount() {
            return lines.stream().filter(CaseLine::done).count();
        }
    }

    /** The items an application would open cases for: the required ones and those chosen, in the bundle's order. */
    public List<Bundles.Part> selected(Bundles.Notice notice, List<String> chosen) {
        var check = new InputCheck();
        Set<String> wanted = new LinkedHashSet<>();
        List<String> given = chosen == null ? List.of() : chosen;
        if (given.size() > notice.parts().size()) {
            throw BusinessException.onField("chosen", CommonError.INVALID_INPUT);
        }
        for (int i = 0; i < given.size(); i++) {
            String code = given.get(i) == null ? "" : given.get(i).strip();
            var part = notice.part(code);
            if (part.isEmpty()) {
                check.add("chosen[" + i + "]", BundleError.BUNDLE_MEMBER_UNKNOWN,
                        code.length() > 20 ? code.substring(0, 20) + "…" : code);
            } else if (!part.get().available()) {
                check.add("chosen[" + i + "]", BundleError.BUNDLE_MEMBER_UNAVAILABLE, part.get().member().name());
            } else {
                wanted.add(code);
            }
        }
        check.throwIfAny();
        List<Bundles.Part> parts = new ArrayList<>();
        for (Bundles.Part part : notice.parts()) {
            if (!part.member().optional()) {
                if (!part.available()) {
                    throw BusinessException.onField("region", BundleError.BUNDLE_MEMBER_UNAVAILABLE,
                            part.member().name());
                }
                parts.add(part);
            } else if (wanted.contains(part.member().basicCode())) {
                parts.add(part);
            }
        }
        return parts;
    }

    /** The fields of the chosen items' forms, as one form. */
    public List<ListingForms.FormField> form(List<Bundles.Part> parts) {
        return ListingForms.union(parts.stream().map(p -> forms.form(p.listing())).toList());
    }

    /** Form data from a page's fields, as each chosen item's form reads them, merged. */
    public ObjectNode fromPage(List<Bundles.Part> parts, Map<String, String> values) {
        ObjectNode data = JSON.createObjectNode();
        for (Bundles.Part part : parts) {
            data.setAll(forms.fromPage(forms.form(part.listing()), values));
        }
        return data;
    }

    /**
     * Opens one case per chosen item, or refuses with every problem of every item and opens none. The
     * application and all its cases are written in one transaction: if any case cannot be opened, nothing of
     * the application is left. Sending the same application again returns it as it was opened.
     */
    public Application submit(String bundleCode, Request request, Actor actor) {
        if (actor.isStaff() || actor.username() == null) {
            throw new BusinessException(CommonError.FORBIDDEN);
        }
        String key = request.submissionKey();
        if (!CaseIntake.validKey(key) || key.length() > KEY_LENGTH) {
            throw BusinessException.onField("submissionKey", CaseError.SUBMISSION_KEY_INVALID);
        }
        if (request.region() == null || request.region().isBlank()) {
            throw BusinessException.onField("region", BundleError.BUNDLE_REGION_REQUIRED);
        }
        Bundles.Notice notice = bundles.notice(bundleCode, request.region());
        Optional<Application> earlier = earlier(notice, key, actor);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        List<Bundles.Part> parts = selected(notice, request.chosen());
        ObjectNode form = formData(request.formData());
        List<MaterialSubmission> given = request.materials() == null ? List.of() : request.materials();
        if (given.size() > 100) {
            throw BusinessException.onField("materials", CommonError.INVALID_INPUT);
        }
        // Each item's share of the form data, by its position in the bundle (read once: each reads its form).
        Map<Integer, ObjectNode> own = new LinkedHashMap<>();
        parts.forEach(part -> own.put(part.member().position(), subset(form, part)));
        precheck(notice, parts, own, given, request.channel(), actor);
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> {
                    long id = open(notice, key, actor);
                    fanOut(id, parts, own, given, request, actor);
                    return application(id).orElseThrow();
                });
            } catch (DataIntegrityViolationException | PessimisticLockingFailureException raced) {
                // The same application sent twice at once: the other request opened it (the key is unique), or
                // is still opening it and holds the key's lock. Either way, go on with the other's.
                earlier = earlier(notice, key, actor);
                if (earlier.isPresent()) {
                    return earlier.get();
                }
                if (attempt == 3 || raced instanceof DataIntegrityViolationException) {
                    throw raced;
                }
            }
        }
    }

    /** The application this submitter's key already opened, if any; refused when it was another bundle's. */
    private Optional<Application> earlier(Bundles.Notice notice, String key, Actor actor) {
        Optional<Application> earlier = idByKey(actor, key).flatMap(this::application);
        if (earlier.isPresent() && !earlier.get().bundleCode().equals(notice.bundle().code())) {
            throw BusinessException.onField("submissionKey", BundleError.BUNDLE_KEY_REUSED);
        }
        return earlier;
    }

    /** One case per chosen item, in the bundle's order, so that a later case can name an earlier one's result. */
    private void fanOut(long id, List<Bundles.Part> parts, Map<Integer, ObjectNode> own,
            List<MaterialSubmission> given, Request request, Actor actor) {
        Map<String, String> produced = new LinkedHashMap<>();
        for (Bundles.Part part : parts) {
            var submitted = submissions.submit(new Submissions.ApplicationRequest(part.listing().code(), null,
                    own.get(part.member().position()), materials(part, given, produced),
                    request.submissionKey() + "-" + part.member().position(),
                    request.channel(), null), actor);
            if (part.listing().result() != null && part.listing().result().name() != null) {
                produced.putIfAbsent(part.listing().result().name(), submitted.caseNumber());
            }
            jdbc.sql("insert into bundle_application_case (application_id, position, basic_code, case_number) "
                            + "values (?, ?, ?, ?)")
                    .params(id, part.member().position(), part.member().basicCode(), submitted.caseNumber())
                    .update();
        }
    }

    /**
     * Every item pre-checked with the materials it needs; problems on form fields and shared materials are
     * reported once, an item's own problems (its rules, its availability) under {@code members.<basic code>}.
     */
    private void precheck(Bundles.Notice notice, List<Bundles.Part> parts, Map<Integer, ObjectNode> forms,
            List<MaterialSubmission> given, String channel, Actor actor) {
        var problems = new InputCheck();
        Set<String> handedIn = new LinkedHashSet<>();
        for (int i = 0; i < given.size(); i++) {
            MaterialSubmission m = given.get(i);
            String name = problems.required("materials[" + i + "].name", m == null ? null : m.name(), 200);
            if (name != null) {
                handedIn.add(name);
            }
        }
        Set<String> needed = new LinkedHashSet<>();
        parts.forEach(part -> part.listing().materials().forEach(m -> needed.add(m.name())));
        List<String> missing = toHandIn(notice, parts).stream()
                .filter(m -> !handedIn.contains(m.name()) && requiredBySelected(m.name(), parts))
                .map(Bundles.SharedMaterial::name).toList();
        if (!missing.isEmpty()) {
            problems.add("materials", ApplicationError.MATERIALS_MISSING,
                    String.join("、", missing));
        }
        for (int i = 0; i < given.size(); i++) {
            if (given.get(i) != null && given.get(i).name() != null && !needed.contains(given.get(i).name().strip())) {
                problems.add("materials[" + i + "].name", ApplicationError.MATERIAL_UNKNOWN,
                        given.get(i).name().strip());
            }
        }
        List<FieldViolation> found = new ArrayList<>(problems.violations());
        for (Bundles.Part part : parts) {
            List<Integer> positions = new ArrayList<>();
            List<MaterialSubmission> own = ownMaterials(part, given, positions);
            try {
                submissions.precheck(new Submissions.ApplicationRequest(part.listing().code(), null,
                        forms.get(part.member().position()), own, "precheck-only", channel, null), actor,
                        suppliedWithin(part, parts));
            } catch (BusinessException e) {
                if (e.violations().isEmpty()) {
                    found.add(new FieldViolation("members." + part.member().basicCode(), e.code(), e.arguments()));
                }
                for (FieldViolation v : e.violations()) {
                    FieldViolation mapped = mapped(v, part, positions);
                    if (mapped != null && found.stream().noneMatch(f -> f.field().equals(mapped.field()))) {
                        found.add(mapped);
                    }
                }
            }
        }
        if (!found.isEmpty()) {
            throw new BusinessException(CommonError.INVALID_INPUT, found);
        }
    }

    /**
     * The materials the applicant hands in for the chosen items: each once, without those an earlier chosen
     * item's result supplies.
     */
    public List<Bundles.SharedMaterial> toHandIn(Bundles.Notice notice, List<Bundles.Part> parts) {
        Set<String> handed = new LinkedHashSet<>();
        for (Bundles.Part part : parts) {
            Set<String> supplied = suppliedWithin(part, parts);
            part.listing().materials().stream().map(m -> m.name()).filter(name -> !supplied.contains(name))
                    .forEach(handed::add);
        }
        return notice.materials().stream().filter(m -> handed.contains(m.name())).toList();
    }

    /** Whether a chosen item requires the material from the applicant (not from an earlier item's result). */
    private static boolean requiredBySelected(String name, List<Bundles.Part> parts) {
        return parts.stream().anyMatch(p -> !suppliedWithin(p, parts).contains(name) && p.listing().materials()
                .stream().anyMatch(m -> m.required() && m.name().equals(name)));
    }

    /**
     * A violation of one item's pre-check as the bundle's page shows it: form fields and materials under the
     * shared names (the materials by their place in the bundle's list); the rest under the item.
     */
    private static FieldViolation mapped(FieldViolation v, Bundles.Part part, List<Integer> positions) {
        String field = v.field();
        if (field.startsWith("formData.")) {
            return v;
        }
        if ("materials".equals(field)) {
            // Missing materials are reported once for the whole bundle, before the items are checked.
            return null;
        }
        var index = Pattern.compile("materials\\[(\\d+)](.*)").matcher(field);
        if (index.matches()) {
            int own = Integer.parseInt(index.group(1));
            return own < positions.size()
                    ? new FieldViolation("materials[" + positions.get(own) + "]" + index.group(2), v.code(), v.arguments())
                    : null;
        }
        return new FieldViolation("members." + part.member().basicCode() + "." + field, v.code(), v.arguments());
    }

    /** The materials of the item that an earlier selected item's result supplies. */
    private static Set<String> suppliedWithin(Bundles.Part part, List<Bundles.Part> parts) {
        Set<String> results = new LinkedHashSet<>();
        for (Bundles.Part earlier : parts) {
            if (earlier == part) {
                break;
            }
            if (earlier.listing().result() != null && earlier.listing().result().name() != null) {
                results.add(earlier.listing().result().name());
            }
        }
        Set<String> supplied = new LinkedHashSet<>();
        part.listing().materials().stream().map(m -> m.name()).filter(results::contains).forEach(supplied::add);
        return supplied;
    }

    /** The shared materials this item has, with their places in the shared list. */
    private static List<MaterialSubmission> ownMaterials(Bundles.Part part, List<MaterialSubmission> given,
            List<Integer> positions) {
        Set<String> names = new LinkedHashSet<>();
        part.listing().materials().forEach(m -> names.add(m.name()));
        List<MaterialSubmission> own = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            MaterialSubmission m = given.get(i);
            if (m != null && m.name() != null && names.contains(m.name().strip())) {
                own.add(new MaterialSubmission(m.name().strip(), m.fileId(), m.reusedFrom()));
                positions.add(i);
            }
        }
        return own;
    }

    /** The item's materials: the shared ones it has, and those an earlier case of the application produces. */
    private static List<MaterialSubmission> materials(Bundles.Part part, List<MaterialSubmission> given,
            Map<String, String> produced) {
        List<MaterialSubmission> own = ownMaterials(part, given, new ArrayList<>());
        Set<String> handed = new LinkedHashSet<>();
        own.forEach(m -> handed.add(m.name()));
        for (var m : part.listing().materials()) {
            if (!handed.contains(m.name()) && produced.containsKey(m.name())) {
                own.add(MaterialSubmission.producedBy(m.name(), produced.get(m.name())));
            }
        }
        return own;
    }

    private static ObjectNode formData(Object formData) {
        if (formData == null) {
            return JSON.createObjectNode();
        }
        JsonNode node = formData instanceof String s ? parse(s) : JSON.valueToTree(formData);
        if (!(node instanceof ObjectNode object)) {
            throw BusinessException.onField("formData", CommonError.INVALID_INPUT);
        }
        return object;
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (RuntimeException e) {
            throw BusinessException.onField("formData", CommonError.INVALID_INPUT);
        }
    }

    /** The form data the item's own form has fields for. */
    private ObjectNode subset(ObjectNode form, Bundles.Part part) {
        ObjectNode own = JSON.createObjectNode();
        for (String name : forms.form(part.listing()).names()) {
            if (form.has(name)) {
                own.set(name, form.get(name));
            }
        }
        return own;
    }

    private long open(Bundles.Notice notice, String key, Actor actor) {
        Instant now = clock.instant();
        jdbc.sql("insert into bundle_application (number, bundle_code, bundle_name, region_code, submitter, "
                        + "submission_key, created_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params("pending-" + key, notice.bundle().code(), notice.bundle().name(), notice.region().code(),
                        actor.username(), key, Timestamp.from(now))
                .update();
        long created = jdbc.sql("select id from bundle_application where submitter = ? and submission_key = ?")
                .params(actor.username(), key).query(Long.class).single();
        String number = "YJ" + LocalDate.ofInstant(now, TimeConfiguration.ZONE).format(DAY)
                + String.format("%06d", created);
        jdbc.sql("update bundle_application set number = ? where id = ?").params(number, created).update();
        return created;
    }

    private Optional<Long> idByKey(Actor actor, String key) {
        return jdbc.sql("select id from bundle_application where submitter = ? and submission_key = ?")
                .params(actor.username(), key).query(Long.class).optional();
    }

    private Optional<Application> application(long id) {
        List<CaseRef> refs = jdbc.sql("select position, basic_code, case_number from bundle_application_case "
                        + "where application_id = ? order by position")
                .param(id)
                .query((rs, n) -> new CaseRef(rs.getInt(1), rs.getString(2), null, rs.getString(3)))
                .list();
        return jdbc.sql("select number, bundle_code, bundle_name, region_code, created_at from bundle_application "
                        + "where id = ?")
                .param(id)
                .query((rs, n) -> new Application(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), refs))
                .optional()
                .map(this::named);
    }

    /** The cases with their items' names. */
    private Application named(Application a) {
        Optional<Bundles.Bundle> bundle = bundles.find(a.bundleCode());
        List<CaseRef> refs = a.cases().stream().map(r -> new CaseRef(r.position(), r.basicCode(),
                bundle.flatMap(b -> b.member(r.basicCode())).map(Bundles.Member::name).orElse(r.basicCode()),
                r.caseNumber())).toList();
        return new Application(a.number(), a.bundleCode(), a.bundleName(), a.regionCode(), a.createdAt(), refs);
    }

    /** An application of the caller's with where each of its cases stands; someone else's is not found. */
    public Progress progress(String number, Actor actor) {
        Application application = jdbc.sql("select id from bundle_application where number = ? and submitter = ?")
                .params(number == null ? "" : number, actor.username() == null ? "" : actor.username())
                .query(Long.class).optional().flatMap(this::application)
                .orElseThrow(() -> new BusinessException(BundleError.BUNDLE_APPLICATION_NOT_FOUND));
        List<CaseLine> lines = new ArrayList<>();
        for (CaseRef ref : application.cases()) {
            CaseQueries.CaseView view = cases.view(CaseNumber.of(ref.caseNumber()), actor);
            lines.add(new CaseLine(ref, view.status(), view.departmentCode(),
                    regions.department(view.departmentCode()).map(d -> d.name()).orElse(view.departmentCode()),
                    view.promisedDeadline(), view.completedAt()));
        }
        return new Progress(application, lines);
    }

    /** The caller's applications, newest first. */
    public List<Application> mine(Actor actor) {
        return jdbc.sql("select id from bundle_application where submitter = ? order by created_at desc, id desc")
                .param(actor.username() == null ? "" : actor.username()).withMaxRows(100).query(Long.class).list()
                .stream().map(this::application).flatMap(Optional::stream).toList();
    }
}
