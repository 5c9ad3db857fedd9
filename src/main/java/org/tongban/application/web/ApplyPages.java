package org.tongban.application.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongban.application.ApplicantFiles;
import org.tongban.application.ApplicationError;
import org.tongban.application.Drafts;
import org.tongban.application.FormRows;
import org.tongban.application.ListingForms;
import org.tongban.application.MaterialViewer;
import org.tongban.application.Submissions;
import org.tongban.application.UploadedFiles;
import org.tongban.casework.CaseActions;
import org.tongban.casework.CaseNumber;
import org.tongban.casework.CaseQueries;
import org.tongban.casework.CaseworkRole;
import org.tongban.catalog.Catalog;
import org.tongban.catalog.ItemDetail;
import org.tongban.document.DocumentError;
import org.tongban.identity.Applicants;
import org.tongban.license.LicenseMaterials;
import org.tongban.shared.Actor;
import org.tongban.shared.Actors;
import org.tongban.shared.AuditTrail;
import org.tongban.shared.BusinessException;
import org.tongban.shared.Problems;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Applying on pages: the online form (auto-filled from the applicant's verified identity, one upload per
 * material), the window clerk's entry for a walk-in (一窗受理: materials ticked as seen on paper, scans
 * optional), the applicant's correction, and reading a case's material files. Plain multipart forms, so
 * everything works without JavaScript; a hidden submission key makes a double click harmless.
 */
@Controller
class ApplyPages {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Catalog catalog;
    private final Applicants applicants;
    private final Submissions submissions;
    private final UploadedFiles uploads;
    private final CaseQueries cases;
    private final CaseActions actions;
    private final AuditTrail audit;
    private final Problems problems;
    private final MessageSource texts;
    private final MaterialViewer viewer;
    private final Drafts drafts;
    private final ListingForms forms;
    private final ApplicantFiles files;

    private final LicenseMaterials licenseMaterials;

    ApplyPages(Catalog catalog, Applicants applicants, Submissions submissions, UploadedFiles uploads,
            CaseQueries cases, CaseActions actions, AuditTrail audit, Problems problems,
            MessageSource texts, MaterialViewer viewer,
            Drafts drafts, ListingForms forms, ApplicantFiles files, LicenseMaterials licenseMaterials) {
        this.licenseMaterials = licenseMaterials;
        this.forms = forms;
        this.files = files;
        this.texts = texts;
        this.viewer = viewer;
        this.drafts = drafts;
        this.catalog = catalog;
        this.applicants = applicants;
        this.submissions = submissions;
        this.uploads = uploads;
        this.cases = cases;
        this.actions = actions;
        this.audit = audit;
        this.problems = problems;
    }

    private ItemDetail item(String code) {
        return catalog.published(code).orElseThrow(() -> new BusinessException(ApplicationError.ITEM_NOT_AVAILABLE));
    }

    @GetMapping("/apply/{code}")
    String form(@PathVariable String code, @RequestParam(required = false) String view, Model model) {
        Actor actor = Actors.current();
        // 自助终端: the same form, touch-sized, and the case is marked as coming from a kiosk.
        model.addAttribute("kiosk", "kiosk".equals(view));
        if (actor.has(CaseworkRole.WINDOW_CLERK)) {
            return "redirect:/workspace/window/" + code;
        }
        ItemDetail item = item(code);
        model.addAttribute("item", item);
        model.addAttribute("online", item.receivesOnline());
        if (actor.isStaff()) {
            model.addAttribute("notApplicant", true);
            return "application/apply";
        }
        Applicants.Applicant applicant = applicants.of(actor);
        model.addAttribute("applicant", applicant.masked());
        if (!model.containsAttribute("submissionKey")) {
            model.addAttribute("submissionKey", UUID.randomUUID().toString());
        }
        Map<String, ?> typed = typed(model);
        if (typed == null) {
            var draft = drafts.load(actor, code);
            if (draft.isPresent()) {
                typed = draft.get().fields();
                model.addAttribute("draftSavedAt", draft.get().savedAt());
            }
        }
        ApplicantFiles.Record record = files.of(actor);
        List<FormRows.Row> rows = FormRows.of(forms.form(item), typed, applicant, record);
        model.addAttribute("rows", rows);
        model.addAttribute("draftParams", String.join(",", FormRows.typedNames(rows)) + ",_csrf");
        model.addAttribute("reusable", record.materials());
        model.addAttribute("licensed", licenseMaterials.available(
                item.materials().stream().map(ItemDetail.MaterialView::name).toList(), actor));
        return "application/apply";
    }

    /** What the person typed, when the page comes back after a refused submission. */
    @SuppressWarnings("unchecked")
    private static Map<String, ?> typed(Model model) {
        Object typed = model.getAttribute("typed");
        return typed instanceof Map<?, ?> map ? (Map<String, ?>) map : null;
    }

    /**
     * Saves the draft: with htmx (as the person types) it answers the status line; without JavaScript (the
     * 保存草稿 button) it goes back to the form.
     */
    @PostMapping("/apply/{code}/draft")
    String saveDraft(@PathVariable String code, @RequestParam Map<String, String> fields,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model, RedirectAttributes redirect) {
        ItemDetail item = item(code);
        Actor actor = Actors.current();
        try {
            var rows = FormRows.of(forms.form(item), null, actor.isStaff() ? null : applicants.of(actor), null);
            model.addAttribute("draftSavedAt", drafts.save(actor, code, fields, FormRows.typedNames(rows)));
        } catch (BusinessException e) {
            model.addAttribute("errors", problems.fieldMessages(e));
            model.addAttribute("draftError", problems.fieldMessages(e).values().iterator().next());
        }
        if (htmx != null) {
            return "application/apply :: draftStatus";
        }
        if (model.containsAttribute("errors")) {
            redirect.addFlashAttribute("errors", model.getAttribute("errors"));
        } else {
            redirect.addFlashAttribute("notice", "apply.draft.saved");
        }
        return "redirect:/apply/" + code;
    }

    @PostMapping("/apply/{code}")
    String apply(@PathVariable String code, MultipartHttpServletRequest request, RedirectAttributes redirect) {
        return submit(code, request, redirect, null);
    }

    /**
     * Uploads the materials and submits; on success to the new case ({@code walkIn} null: the applicant's own
     * page, else the clerk's), otherwise back to the form with every message and what was typed.
     */
    private String submit(String code, MultipartHttpServletRequest request, RedirectAttributes redirect,
            Submissions.WalkInApplicant walkIn) {
        Actor actor = Actors.current();
        ItemDetail item = item(code);
        boolean window = walkIn != null;
        String channel = window ? "WINDOW" : "KIOSK".equals(request.getParameter("channel")) ? "KIOSK" : null;
        Map<String, String> errors = new LinkedHashMap<>();
        List<Submissions.MaterialSubmission> materials = uploadMaterials(item, request, actor, window, errors);
        ListingForms.Form listingForm = forms.form(item);
        Map<String, String> typed = new LinkedHashMap<>();
        listingForm.names().forEach(name -> {
            if (request.getParameter(name) != null) {
                typed.put(name, request.getParameter(name));
            }
        });
        var form = forms.fromPage(listingForm, typed);
        if (errors.isEmpty()) {
            try {
                var submitted = submissions.submit(new Submissions.ApplicationRequest(code, null, form, materials,
                        request.getParameter("submissionKey"), channel, walkIn), actor);
                if (!window) {
                    drafts.discard(actor, code);
                }
                redirect.addFlashAttribute("notice", window ? "apply.notice.window" : "apply.notice.submitted");
                return (window ? "redirect:/workspace/cases/" : "redirect:/me/cases/") + submitted.caseNumber();
            } catch (BusinessException e) {
                errors.putAll(problems.fieldMessages(e));
            }
        }
        redirect.addFlashAttribute("errors", errors);
        redirect.addFlashAttribute("typed", typed);
        redirect.addFlashAttribute("walkIn", walkIn);
        redirect.addFlashAttribute("submissionKey", request.getParameter("submissionKey"));
        return (window ? "redirect:/workspace/window/" : "redirect:/apply/") + code
                + ("KIOSK".equals(channel) ? "?view=kiosk" : "");
    }

    @GetMapping("/workspace/window")
    String windowItems(@RequestParam(required = false) String q, Model model) {
        Actor actor = Actors.current();
        var page = catalog.search(new Catalog.ItemQuery(actor.region().orElse(null), null, null, null, null, false, 0, 100));
        model.addAttribute("items", page.items().stream()
                .filter(i -> q == null || q.isBlank() || i.name().contains(q.strip())).toList());
        model.addAttribute("q", q);
        return "application/window-items";
    }

    @GetMapping("/workspace/window/{code}")
    String window(@PathVariable String code, Model model) {
        ItemDetail item = item(code);
        model.addAttribute("item", item);
        model.addAttribute("rows", FormRows.of(forms.form(item).fields(), typed(model), null, null, true));
        if (!model.containsAttribute("submissionKey")) {
            model.addAttribute("submissionKey", UUID.randomUUID().toString());
        }
        return "application/window";
    }

    @PostMapping("/workspace/window/{code}")
    String windowSubmit(@PathVariable String code, MultipartHttpServletRequest request, RedirectAttributes redirect) {
        return submit(code, request, redirect, new Submissions.WalkInApplicant(request.getParameter("applicantKind"),
                request.getParameter("applicantName"), request.getParameter("applicantNumber"),
                request.getParameter("applicantMobile")));
    }

    @PostMapping("/me/cases/{caseNumber}/correction")
    String correct(@PathVariable String caseNumber, @RequestParam(required = false) String note,
            @RequestParam(name = "files", required = false) List<MultipartFile> files, RedirectAttributes redirect) {
        Actor actor = Actors.current();
        try {
            CaseQueries.CaseView view = cases.view(CaseNumber.of(caseNumber), actor);
            ArrayNode added = JSON.createArrayNode();
            for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
                if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
                    continue;
                }
                var upload = uploads.upload(actor, name(file), file.getContentType(), bytes(file));
                added.addObject().put("name", texts.getMessage("apply.correction.material", null, Locale.SIMPLIFIED_CHINESE))
                        .put("fileId", upload.id()).put("fileName", upload.name())
                        .put("mediaType", upload.mediaType()).put("sha256", upload.sha256()).put("size", upload.size())
                        .put("correction", true);
            }
            ObjectNode form = (ObjectNode) view.formData().deepCopy();
            if (note != null && !note.isBlank()) {
                form.put("correctionNote", note.strip());
            }
            actions.correct(CaseNumber.of(caseNumber), JSON.writeValueAsString(form), JSON.writeValueAsString(added), actor);
            redirect.addFlashAttribute("notice", "case.notice.SUBMITTED");
        } catch (BusinessException e) {
            Map<String, String> errors = new LinkedHashMap<>(problems.fieldMessages(e));
            if (errors.containsKey("global") && e.code().name().startsWith("FILE_")) {
                errors.put("files", errors.remove("global"));
            }
            redirect.addFlashAttribute("errors", errors);
        }
        return "redirect:/me/cases/" + caseNumber;
    }

    /** A material file of a case, for its applicant and the staff who may see the case; staff reads are audited. */
    @GetMapping("/cases/{caseNumber}/files/{fileId}")
    ResponseEntity<InputStreamResource> file(@PathVariable String caseNumber, @PathVariable String fileId) {
        Actor actor = Actors.current();
        UploadedFiles.Content content = viewer.file(caseNumber, fileId, actor);
        if (actor.isStaff()) {
            audit.record(actor, "MATERIAL_VIEWED", "case", caseNumber, "file=" + fileId);
        }
        var upload = content.upload();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(upload.mediaType()))
                .contentLength(upload.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(upload.name(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .body(new InputStreamResource(content.stream()));
    }

    /** Uploads the file given for each material ({@code file_<i>}); at a window, {@code paper_<i>} ticks paper. */
    private List<Submissions.MaterialSubmission> uploadMaterials(ItemDetail item, MultipartHttpServletRequest request,
            Actor actor, boolean window, Map<String, String> errors) {
        List<Submissions.MaterialSubmission> materials = new ArrayList<>();
        for (int i = 0; i < item.materials().size(); i++) {
            String name = item.materials().get(i).name();
            MultipartFile file = request.getFile("file_" + i);
            if (file != null && !(file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()))) {
                try {
                    var upload = uploads.upload(actor, name(file), file.getContentType(), bytes(file));
                    materials.add(new Submissions.MaterialSubmission(name, upload.id()));
                } catch (BusinessException e) {
                    errors.put("material_" + i, problems.message(e.code(), e.arguments()));
                }
            } else if (window && request.getParameter("paper_" + i) != null) {
                materials.add(new Submissions.MaterialSubmission(name, null));
            } else if (!window && request.getParameter("license_" + i) != null && !request.getParameter("license_" + i).isBlank()) {
                materials.add(Submissions.MaterialSubmission.licensed(name, request.getParameter("license_" + i)));
            } else if (!window && request.getParameter("reuse_" + i) != null && !request.getParameter("reuse_" + i).isBlank()) {
                materials.add(new Submissions.MaterialSubmission(name, null, request.getParameter("reuse_" + i)));
            }
        }
        return materials;
    }

    private static String name(MultipartFile file) {
        return file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new BusinessException(DocumentError.FILE_EMPTY);
        }
    }
}
