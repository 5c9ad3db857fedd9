package org.tongban.license.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongban.document.QrCode;
import org.tongban.license.LicenseDocuments;
import org.tongban.license.LicenseError;
import org.tongban.license.LicenseIdentifier;
import org.tongban.license.LicenseImport;
import org.tongban.license.LicenseOperation;
import org.tongban.license.LicenseRole;
import org.tongban.license.LicenseSharing;
import org.tongban.license.LicenseTypes;
import org.tongban.license.LicenseVerifier;
import org.tongban.license.LicenseWallet;
import org.tongban.license.Licenses;
import org.tongban.license.Seals;
import org.tongban.license.TrustList;
import org.tongban.region.RegionDirectory;
import org.tongban.shared.Actor;
import org.tongban.shared.Actors;
import org.tongban.shared.BusinessException;
import org.tongban.shared.CommonError;
import org.tongban.shared.InputCheck;
import org.tongban.shared.Problems;

/**
 * Licenses on pages: verification for anyone (by QR, identifier or uploaded file, and the 亮证 check), the
 * holder's wallet (我的证照: list, detail, PDF, 亮证, authorisations, 数据使用记录), and the issuing desk
 * (issue, import, lifecycle operations, seal rotation, the trust list). Plain forms without JavaScript.
 */
@Controller
class LicensePages {

    private final Licenses licenses;
    private final LicenseTypes types;
    private final LicenseVerifier verifier;
    private final LicenseWallet wallet;
    private final LicenseSharing sharing;
    private final LicenseDocuments documents;
    private final LicenseImport imports;
    private final Seals seals;
    private final TrustList trust;
    private final RegionDirectory regions;
    private final Problems problems;
    private final MessageSource texts;

    LicensePages(Licenses licenses, LicenseTypes types, LicenseVerifier verifier, LicenseWallet wallet,
            LicenseSharing sharing, LicenseDocuments documents, LicenseImport imports, Seals seals, TrustList trust,
            RegionDirectory regions, Problems problems, MessageSource texts) {
        this.texts = texts;
        this.licenses = licenses;
        this.types = types;
        this.verifier = verifier;
        this.wallet = wallet;
        this.sharing = sharing;
        this.documents = documents;
        this.imports = imports;
        this.seals = seals;
        this.trust = trust;
        this.regions = regions;
        this.problems = problems;
    }

    // --- verification, for anyone -------------------------------------------------------------------------

    /** The verification form; with {@code identifier} (the form sent), its result on the same page. */
    @GetMapping("/verify")
    String verifyForm(@RequestParam(required = false) String identifier, Model model) {
        if (identifier != null && !identifier.isBlank()) {
            model.addAttribute("result", verifier.verify(identifier.strip()));
        }
        return "license/verify";
    }

    @GetMapping("/verify/{identifier}")
    String verify(@PathVariable String identifier, Model model) {
        model.addAttribute("result", verifier.verify(identifier));
        return "license/verify";
    }

    @PostMapping("/verify")
    String verifyFile(@RequestParam(name = "file", required = false) MultipartFile file, Model model)
            throws IOException {
        try {
            model.addAttribute("result", verifier.verifyFile(LicenseApi.bytes(file)));
        } catch (BusinessException e) {
            model.addAttribute("fileError", problems.message(e.code(), e.arguments()));
        }
        return "license/verify";
    }

    @GetMapping("/verify/shown/{token}")
    String shown(@PathVariable String token, Model model) {
        model.addAttribute("result", wallet.check(token));
        model.addAttribute("shown", true);
        return "license/verify";
    }

    /** The seal image of the license's issuer, as it is drawn on the license. */
    @GetMapping("/verify/{identifier}/seal.png")
    ResponseEntity<byte[]> seal(@PathVariable String identifier) {
        LicenseVerifier.Verification result = verifier.verify(identifier);
        if (result.issuer() == null) {
            throw new BusinessException(CommonError.NOT_FOUND);
        }
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noCache())
                .body(seals.image(result.issuer().name()));
    }

    // --- 我的证照 -------------------------------------------------------------------------------------------

    @GetMapping("/me/licenses")
    String mine(Model model) {
        Actor actor = Actors.current();
        model.addAttribute("licenses", licenses.mine(actor));
        model.addAttribute("grants", sharing.grants(actor));
        model.addAttribute("uses", sharing.uses(actor));
        return "license/mine";
    }

    @GetMapping("/me/licenses/{identifier}")
    String detail(@PathVariable String identifier, Model model) {
        Actor actor = Actors.current();
        Licenses.LicenseView license = licenses.view(identifier, actor);
        model.addAttribute("license", license);
        model.addAttribute("validity", documents.verifyUrl(identifier));
        model.addAttribute("qr", QrCode.of(documents.verifyUrl(identifier)).svgDataUri());
        model.addAttribute("grants", sharing.grants(actor).stream()
                .filter(g -> g.identifier().equals(license.identifier())).toList());
        model.addAttribute("history", licenses.history(identifier));
        return "license/detail";
    }

    @GetMapping("/me/licenses/{identifier}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String identifier) {
        return LicenseApi.pdfResponse(documents, licenses.view(identifier, Actors.current()));
    }

    /** 亮证: a fresh one-minute code each time the page is opened (it reloads itself before the code ends). */
    @GetMapping("/me/licenses/{identifier}/show")
    String show(@PathVariable String identifier, Model model) {
        Actor actor = Actors.current();
        LicenseWallet.Shown shown = wallet.show(identifier, actor);
        model.addAttribute("license", licenses.view(identifier, actor));
        model.addAttribute("shownUrl", documents.showUrl(shown.token()));
        model.addAttribute("qr", QrCode.of(documents.showUrl(shown.token())).svgDataUri());
        model.addAttribute("expiresAt", shown.expiresAt());
        return "license/show";
    }

    @PostMapping("/me/licenses/{identifier}/grants")
    String grant(@PathVariable String identifier, @RequestParam(required = false) String granteeKind,
            @RequestParam(required = false) String granteeCode, @RequestParam(required = false) String granteeName,
            @RequestParam(required = false) String purpose, @RequestParam(required = false) String validUntil,
            RedirectAttributes redirect) {
        try {
            sharing.grant(identifier, granteeKind, granteeCode, granteeName, purpose, date(validUntil, "validUntil"),
                    Actors.current());
            redirect.addFlashAttribute("notice", text("license.grant.done"));
        } catch (BusinessException e) {
            redirect.addFlashAttribute("errors", problems.fieldMessages(e));
        }
        return "redirect:/me/licenses/" + identifier;
    }

    @PostMapping("/me/licenses/grants/{id}/revoke")
    String revoke(@PathVariable long id, @RequestParam(required = false) String back, RedirectAttributes redirect) {
        sharing.revoke(id, Actors.current());
        redirect.addFlashAttribute("notice", text("license.grant.revoked"));
        return LicenseIdentifier.parse(back).map(license -> "redirect:/me/licenses/" + license).orElse("redirect:/me/licenses");
    }

    // --- the issuing desk -------------------------------------------------------------------------------------

    @GetMapping("/workspace/licenses")
    String desk(@RequestParam(required = false) String type, Model model) {
        Actor actor = Actors.current();
        String departmentName = regions.department(actor.departmentCode()).map(d -> d.name()).orElse("");
        List<LicenseTypes.LicenseType> issuable = types.all().stream().filter(t -> t.issuedBy(departmentName)).toList();
        model.addAttribute("issuer", actor.has(LicenseRole.LICENSE_ISSUER));
        model.addAttribute("admin", actor.has(LicenseRole.LICENSE_ADMIN));
        model.addAttribute("types", issuable);
        model.addAttribute("chosen", issuable.stream().filter(t -> t.code().equals(type)).findFirst().orElse(null));
        model.addAttribute("issued", actor.departmentCode() == null ? List.of()
                : licenses.issuedBy(actor.departmentCode(), 50));
        model.addAttribute("seals", actor.departmentCode() == null ? List.of() : seals.of(actor.departmentCode()));
        if (actor.has(LicenseRole.LICENSE_ADMIN)) {
            model.addAttribute("trusted", trust.list());
        }
        return "license/desk";
    }

    @PostMapping("/workspace/licenses")
    String issue(@RequestParam(required = false) String typeCode, @RequestParam Map<String, String> form,
            RedirectAttributes redirect) {
        Map<String, String> face = new LinkedHashMap<>();
        form.forEach((k, v) -> {
            if (k.startsWith("face.")) {
                face.put(k.substring(5), v);
            }
        });
        try {
            Licenses.LicenseView issued = licenses.issue(new Licenses.Issue(typeCode, form.get("holderName"),
                    form.get("holderCode"), face, date(form.get("validFrom"), "validFrom"),
                    date(form.get("validUntil"), "validUntil"), null), Actors.current());
            redirect.addFlashAttribute("notice", text("license.issue.done", issued.identifier()));
            return "redirect:/workspace/licenses/" + issued.identifier();
        } catch (BusinessException e) {
            redirect.addFlashAttribute("errors", problems.fieldMessages(e));
            redirect.addFlashAttribute("typed", form);
            return "redirect:/workspace/licenses?type=" + (typeCode == null ? "" : typeCode);
        }
    }

    @PostMapping("/workspace/licenses/import")
    String importBatch(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
            RedirectAttributes redirect) throws IOException {
        try {
            LicenseImport.Report report = imports.run(LicenseApi.bytes(file), Actors.current());
            redirect.addFlashAttribute("report", report);
        } catch (BusinessException e) {
            redirect.addFlashAttribute("errors", problems.fieldMessages(e));
        }
        return "redirect:/workspace/licenses";
    }

    /** The license an applicant attached to a case (免提交), for the staff handling the case. */
    @GetMapping("/workspace/licenses/attached/{identifier}")
    String attached(@PathVariable String identifier, @RequestParam(name = "case", required = false) String caseNumber,
            Model model) {
        Licenses.LicenseView license = sharing.forCase(identifier, caseNumber == null ? "" : caseNumber,
                text("license.attached.purpose", caseNumber), Actors.current());
        model.addAttribute("license", license);
        model.addAttribute("result", verifier.verify(identifier));
        model.addAttribute("caseNumber", caseNumber);
        return "license/attached";
    }

    @GetMapping("/workspace/licenses/{identifier}")
    String deskDetail(@PathVariable String identifier, Model model) {
        Licenses.LicenseView license = licenses.view(identifier, Actors.current());
        model.addAttribute("license", license);
        model.addAttribute("result", verifier.verify(identifier));
        model.addAttribute("history", licenses.history(identifier));
        List<LicenseOperation> operations = List.of(LicenseOperation.SUSPEND, LicenseOperation.RETURN,
                LicenseOperation.RENEW, LicenseOperation.CHANGE, LicenseOperation.WITHDRAW, LicenseOperation.CANCEL,
                LicenseOperation.REVOKE).stream().filter(o -> o.allowedIn(license.status())).toList();
        model.addAttribute("operations", operations);
        model.addAttribute("changeable", operations.contains(LicenseOperation.CHANGE));
        return "license/desk-detail";
    }

    @PostMapping("/workspace/licenses/{identifier}/operations")
    String operate(@PathVariable String identifier, @RequestParam(required = false) String operation,
            @RequestParam(required = false) String reason, @RequestParam(required = false) String validUntil,
            @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        Map<String, String> changes = new LinkedHashMap<>();
        form.forEach((k, v) -> {
            if (k.startsWith("face.") && !v.isBlank()) {
                changes.put(k.substring(5), v);
            }
        });
        try {
            LicenseOperation op = LicenseOperation.named(operation)
                    .orElseThrow(() -> BusinessException.onField("operation",
                            LicenseError.LICENSE_OPERATION_UNKNOWN));
            Licenses.LicenseView result = licenses.operate(identifier, op, reason, date(validUntil, "validUntil"),
                    changes, Actors.current());
            redirect.addFlashAttribute("notice", text("license.operation.done"));
            return "redirect:/workspace/licenses/" + result.identifier();
        } catch (BusinessException e) {
            redirect.addFlashAttribute("errors", problems.fieldMessages(e));
            return "redirect:/workspace/licenses/" + identifier;
        }
    }

    @PostMapping("/workspace/licenses/seals/rotate")
    String rotate(RedirectAttributes redirect) {
        Actor actor = Actors.current();
        if (!actor.has(LicenseRole.LICENSE_ISSUER) || actor.departmentCode() == null) {
            throw new BusinessException(CommonError.FORBIDDEN);
        }
        String name = regions.department(actor.departmentCode()).map(d -> d.name())
                .orElseThrow(() -> new BusinessException(CommonError.FORBIDDEN));
        seals.rotate(actor.departmentCode(), name);
        redirect.addFlashAttribute("notice", text("license.seal.rotated"));
        return "redirect:/workspace/licenses";
    }

    @PostMapping("/workspace/licenses/trust")
    String addTrust(@RequestParam(required = false) String name, @RequestParam(required = false) String certificate,
            RedirectAttributes redirect) {
        try {
            trust.add(name, certificate, Actors.current());
            redirect.addFlashAttribute("notice", text("license.trust.added"));
        } catch (BusinessException e) {
            redirect.addFlashAttribute("errors", problems.fieldMessages(e));
        }
        return "redirect:/workspace/licenses";
    }

    @PostMapping("/workspace/licenses/trust/{id}/remove")
    String removeTrust(@PathVariable long id, RedirectAttributes redirect) {
        trust.remove(id, Actors.current());
        redirect.addFlashAttribute("notice", text("license.trust.removed"));
        return "redirect:/workspace/licenses";
    }

    private String text(String key, Object... arguments) {
        return texts.getMessage(key, arguments, Problems.LOCALE);
    }

    /** An optional date from a form; text that is not one is refused on its field. */
    private static LocalDate date(String text, String field) {
        InputCheck check = new InputCheck();
        LocalDate date = check.optionalDate(field, text, LicenseError.LICENSE_DATES_INVALID);
        check.throwIfAny();
        return date;
    }
}
