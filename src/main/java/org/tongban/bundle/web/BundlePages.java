package org.tongban.bundle.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongban.application.ApplicantFiles;
import org.tongban.application.ApplicationError;
import org.tongban.application.FormRows;
import org.tongban.application.Submissions.MaterialSubmission;
import org.tongban.application.UploadedFiles;
import org.tongban.bundle.BundleApplications;
import org.tongban.bundle.Bundles;
import org.tongban.document.DocumentError;
import org.tongban.identity.Applicants;
import org.tongban.shared.Actor;
import org.tongban.shared.Actors;
import org.tongban.shared.BusinessException;
import org.tongban.shared.Problems;

/**
 * Bundles on pages: the list of life events, a bundle's notice for a region (一次告知) with its optional items
 * to choose, the one form with each material once (一表申请、一套材料), and the applicant's view of what they
 * applied for as one thing. Plain forms that work without JavaScript; a hidden key makes a double click harmless.
 */
@Controller
class BundlePages {

    private static final Pattern MATERIAL_FIELD = Pattern.compile("materials\\[(\\d+)].*");

    private final Bundles bundles;
    private final BundleApplications applications;
    private final Applicants applicants;
    private final ApplicantFiles files;
    private final UploadedFiles uploads;
    private final Problems problems;
    private final MessageSource texts;

    BundlePages(Bundles bundles, BundleApplications applications, Applicants applicants, ApplicantFiles files,
            UploadedFiles uploads, Problems problems, MessageSource texts) {
        this.texts = texts;
        this.bundles = bundles;
        this.applications = applications;
        this.applicants = applicants;
        this.files = files;
        this.uploads = uploads;
        this.problems = problems;
    }

    @GetMapping("/bundles")
    String list(Model model) {
        model.addAttribute("bundles", bundles.published());
        return "bundle/list";
    }

    /** The notice; without a region, the signed-in person's region, else a choice of regions. */
    @GetMapping("/bundles/{code}")
    String notice(@PathVariable String code, @RequestParam(required = false) String region, Model model) {
        model.addAttribute("notice", noticeFor(code, region, model));
        return "bundle/notice";
    }

    private Bundles.Notice noticeFor(String code, String region, Model model) {
        // No region asked for: the signed-in person's own; an empty one (改选地区): none, so the page asks.
        String where = region != null ? region : Actors.current().regionCode();
        try {
            return bundles.notice(code, where);
        } catch (BusinessException e) {
            if (e.violations().isEmpty()) {
                throw e;
            }
            model.addAttribute("regionError", problems.fieldMessages(e).values().iterator().next());
            return bundles.notice(code, null);
        }
    }

    @GetMapping("/bundles/{code}/apply")
    String form(@PathVariable String code, @RequestParam(required = false) String region,
            @RequestParam(required = false) List<String> chosen, Model model) {
        Actor actor = Actors.current();
        Bundles.Notice notice = noticeFor(code, region, model);
        model.addAttribute("notice", notice);
        if (notice.region() == null) {
            return "bundle/notice";
        }
        List<Bundles.Part> parts;
        try {
            parts = applications.selected(notice, chosen);
        } catch (BusinessException e) {
            model.addAttribute("errors", problems.fieldMessages(e));
            return "bundle/notice";
        }
        model.addAttribute("parts", parts);
        model.addAttribute("chosen", chosen == null ? List.of() : chosen);
        model.addAttribute("materials", applications.toHandIn(notice, parts));
        if (actor.isStaff() || actor.username() == null) {
            model.addAttribute("notApplicant", true);
            return "bundle/apply";
        }
        Applicants.Applicant applicant = applicants.of(actor);
        model.addAttribute("applicant", applicant.masked());
        if (!model.containsAttribute("submissionKey")) {
            model.addAttribute("submissionKey", UUID.randomUUID().toString());
        }
        ApplicantFiles.Record record = files.of(actor);
        model.addAttribute("rows", FormRows.of(applications.form(parts), typed(model), applicant, record, false));
        model.addAttribute("reusable", record.materials());
        return "bundle/apply";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> typed(Model model) {
        Object typed = model.getAttribute("typed");
        return typed instanceof Map<?, ?> map ? (Map<String, ?>) map : null;
    }

    @PostMapping("/bundles/{code}/apply")
    String apply(@PathVariable String code, MultipartHttpServletRequest request, RedirectAttributes redirect) {
        Actor actor = Actors.current();
        String region = request.getParameter("region");
        List<String> chosen = request.getParameterValues("chosen") == null ? List.of()
                : List.of(request.getParameterValues("chosen"));
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, String> typed = new LinkedHashMap<>();
        List<Integer> places = new ArrayList<>();
        try {
            Bundles.Notice notice = bundles.notice(code, region);
            List<Bundles.Part> parts = applications.selected(notice, chosen);
            applications.form(parts).forEach(f -> {
                if (request.getParameter(f.name()) != null) {
                    typed.put(f.name(), request.getParameter(f.name()));
                }
            });
            List<Bundles.SharedMaterial> shown = applications.toHandIn(notice, parts);
            List<MaterialSubmission> materials = materials(shown, request, actor, places, errors);
            if (errors.isEmpty()) {
                var application = applications.submit(code, new BundleApplications.Request(region, chosen,
                        applications.fromPage(parts, typed), materials, request.getParameter("submissionKey"), null),
                        actor);
                redirect.addFlashAttribute("notice", "bundle.notice.submitted");
                return "redirect:/me/bundles/" + application.number();
            }
        } catch (BusinessException e) {
            var bundle = bundles.find(code);
            problems.fieldMessages(e).forEach((key, message) -> errors.put(pageKey(key, places),
                    memberOf(key).flatMap(basic -> bundle.flatMap(b -> b.member(basic)))
                            .map(m -> texts.getMessage("bundle.member.problem", new Object[] {m.name(), message},
                                    Problems.LOCALE))
                            .orElse(message)));
        }
        redirect.addFlashAttribute("errors", errors);
        redirect.addFlashAttribute("typed", typed);
        redirect.addFlashAttribute("submissionKey", request.getParameter("submissionKey"));
        redirect.addAttribute("region", region);
        redirect.addAttribute("chosen", chosen);
        return "redirect:/bundles/" + code + "/apply";
    }

    /** The item ({@code members.<basic code>…}) a problem is of, if it is one item's own. */
    private static Optional<String> memberOf(String key) {
        if (!key.startsWith("members.")) {
            return Optional.empty();
        }
        String rest = key.substring("members.".length());
        return Optional.of(rest.split("[.#]", 2)[0]);
    }

    /** A material's message goes next to its input ({@code material_<i>}); the rest keep their keys. */
    private static String pageKey(String key, List<Integer> places) {
        Matcher m = MATERIAL_FIELD.matcher(key);
        if (m.matches() && Integer.parseInt(m.group(1)) < places.size()) {
            return "material_" + places.get(Integer.parseInt(m.group(1)));
        }
        return key;
    }

    /**
     * Uploads the file given for each shown material ({@code file_<i>}) or takes the earlier case ticked for
     * reuse ({@code reuse_<i>}). The service names a material by its place in what is sent, the page by its place
     * on the page: {@code places} keeps the second for the first.
     */
    private List<MaterialSubmission> materials(List<Bundles.SharedMaterial> shown, MultipartHttpServletRequest request,
            Actor actor, List<Integer> places, Map<String, String> errors) {
        List<MaterialSubmission> materials = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            String name = shown.get(i).name();
            MultipartFile file = request.getFile("file_" + i);
            String reuse = request.getParameter("reuse_" + i);
            if (file != null && !(file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()))) {
                try {
                    var upload = uploads.upload(actor, file.getOriginalFilename() == null ? "" : file.getOriginalFilename(),
                            file.getContentType(), file.getBytes());
                    materials.add(new MaterialSubmission(name, upload.id()));
                    places.add(i);
                } catch (BusinessException e) {
                    errors.put("material_" + i, problems.message(e.code(), e.arguments()));
                } catch (IOException e) {
                    errors.put("material_" + i, problems.message(DocumentError.FILE_EMPTY));
                }
            } else if (reuse != null && !reuse.isBlank()) {
                materials.add(new MaterialSubmission(name, null, reuse));
                places.add(i);
            }
        }
        return materials;
    }

    @GetMapping("/me/bundles")
    String mine(Model model) {
        model.addAttribute("applications", applications.mine(Actors.current()));
        return "bundle/mine";
    }

    @GetMapping("/me/bundles/{number}")
    String progress(@PathVariable String number, Model model) {
        model.addAttribute("progress", applications.progress(number, Actors.current()));
        return "bundle/progress";
    }
}
