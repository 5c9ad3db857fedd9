package org.tongban.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongban.identity.HandlerService;
import org.tongban.identity.ProfileService;
import org.tongban.shared.AccountKind;
import org.tongban.shared.Actor;
import org.tongban.shared.Actors;
import org.tongban.shared.BusinessException;
import org.tongban.shared.Problems;

/** 我的: profile with masked data, real-name level and mobile verification, and handler authorisations. */
@Controller
class MePages {

    private final ProfileService profiles;
    private final HandlerService handlers;
    private final Problems problems;

    MePages(ProfileService profiles, HandlerService handlers, Problems problems) {
        this.profiles = profiles;
        this.handlers = handlers;
        this.problems = problems;
    }

    @GetMapping("/me")
    String me(Model model) {
        Actor actor = Actors.current();
        model.addAttribute("profile", profiles.of(actor));
        if (actor.kind() == AccountKind.ENTERPRISE) {
            model.addAttribute("granted", handlers.grantedBy(actor));
            if (!model.containsAttribute("grant")) {
                model.addAttribute("grant", new HandlerService.GrantForm("", "", Set.of("APPLY"), ""));
            }
        } else if (actor.kind() == AccountKind.PERSON) {
            model.addAttribute("held", handlers.heldBy(actor));
        }
        return "me";
    }

    @PostMapping("/me/mobile/code")
    String sendVerificationCode(HttpServletRequest request, RedirectAttributes redirect) {
        try {
            profiles.sendVerificationCode(Actors.current(), request.getRemoteAddr());
            redirect.addFlashAttribute("codeSent", true);
        } catch (BusinessException e) {
            redirect.addFlashAttribute("errors", problems.fieldMessages(e));
        }
        return "redirect:/me#real-name";
    }

    @PostMapping("/me/mobile/verify")
    String verifyMobile(@RequestParam(required = false) String code, RedirectAttributes redirect) {
        try {
            profiles.verifyMobile(Actors.current(), code);
            redirect.addFlashAttribute("notice", "me.level.raised");
        } catch (BusinessException e) {
            redirect.addFlashAttribute("errors", problems.fieldMessages(e));
        }
        return "redirect:/me#real-name";
    }

    @PostMapping("/me/handlers")
    String grant(@RequestParam(required = false) String handlerName,
            @RequestParam(required = false) String handlerIdNumber,
            @RequestParam(required = false) List<String> scopes, @RequestParam(required = false) String expiresOn,
            RedirectAttributes redirect) {
        var form = new HandlerService.GrantForm(handlerName, handlerIdNumber,
                scopes == null ? Set.of() : Set.copyOf(scopes), expiresOn);
        try {
            handlers.grant(Actors.current(), form);
            redirect.addFlashAttribute("notice", "me.handlers.granted");
        } catch (BusinessException e) {
            redirect.addFlashAttribute("errors", problems.fieldMessages(e));
            redirect.addFlashAttribute("grant", form);
        }
        return "redirect:/me#handlers";
    }

    @PostMapping("/me/handlers/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        try {
            handlers.revoke(Actors.current(), id);
            redirect.addFlashAttribute("notice", "me.handlers.revoked");
        } catch (BusinessException e) {
            redirect.addFlashAttribute("errors", problems.fieldMessages(e));
        }
        return "redirect:/me#handlers";
    }
}
