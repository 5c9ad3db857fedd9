package org.tongban.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.tongban.identity.Registration;
import org.tongban.identity.SignInException;
import org.tongban.identity.SignInService;
import org.tongban.identity.SignedInUser;
import org.tongban.identity.SmsPurpose;
import org.tongban.shared.BusinessException;
import org.tongban.shared.Problems;

/**
 * Sign-in (password or SMS code), registration of people and enterprises, and password reset. Every
 * form works without JavaScript; with htmx the "send code" buttons update in place.
 */
@Controller
class SignInPages {

    private static final String SIGN_IN_ERROR = "tongban.signInError";
    private static final String SIGN_IN_LOGIN = "tongban.signInLogin";

    private final SignInService signIn;
    private final Registration registration;
    private final Problems problems;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SignInPages(SignInService signIn, Registration registration, Problems problems) {
        this.signIn = signIn;
        this.registration = registration;
        this.problems = problems;
    }

    @GetMapping("/login")
    String login(HttpSession session, Model model) {
        Object error = session.getAttribute(SIGN_IN_ERROR);
        if (error != null) {
            model.addAttribute("signInError", error);
            model.addAttribute("login", session.getAttribute(SIGN_IN_LOGIN));
            session.removeAttribute(SIGN_IN_ERROR);
            session.removeAttribute(SIGN_IN_LOGIN);
        }
        model.addAttribute("tab", "password");
        return "login";
    }

    @PostMapping("/login/sms/code")
    String sendSignInCode(@RequestParam(required = false) String mobile, HttpServletRequest request,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        sendCode(mobile, SmsPurpose.LOGIN, request, model);
        model.addAttribute("tab", "sms");
        model.addAttribute("mobile", mobile);
        return htmx != null ? "fragments/sms :: status" : "login";
    }

    @PostMapping("/login/sms")
    String signInWithCode(@RequestParam(required = false) String mobile, @RequestParam(required = false) String code,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        try {
            SignedInUser user = signIn.withSmsCode(mobile, code, request.getRemoteAddr());
            request.changeSessionId();
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                    user.authoritiesSignedInWith(FactorGrantedAuthority.OTT_AUTHORITY)));
            SecurityContextHolder.setContext(context);
            contexts.saveContext(context, request, response);
            return user.actor().isStaff() ? "redirect:/workspace" : "redirect:/me";
        } catch (SignInException e) {
            model.addAttribute("errors", Map.of("code", problems.message(e.code(), e.arguments())));
            model.addAttribute("tab", "sms");
            model.addAttribute("mobile", mobile);
            return "login";
        }
    }

    @GetMapping("/register")
    String registerPerson(Model model) {
        model.addAttribute("form", new Registration.PersonForm("", "", "", "", "", ""));
        return "register";
    }

    @PostMapping(value = "/register", params = "sendCode")
    String sendRegistrationCode(Registration.PersonForm form, HttpServletRequest request, Model model) {
        sendCode(form.mobile(), SmsPurpose.REGISTER, request, model);
        model.addAttribute("form", withoutPasswords(form));
        return "register";
    }

    @PostMapping("/register/code")
    String sendRegistrationCodeInPlace(@RequestParam(required = false) String mobile, HttpServletRequest request,
            Model model) {
        sendCode(mobile, SmsPurpose.REGISTER, request, model);
        return "fragments/sms :: status";
    }

    @PostMapping("/register")
    String registerPerson(Registration.PersonForm form, Model model) {
        try {
            var registered = registration.registerPerson(form);
            return "redirect:/login?registered=" + registered.level();
        } catch (BusinessException e) {
            model.addAttribute("errors", problems.fieldMessages(e));
            model.addAttribute("form", withoutPasswords(form));
            return "register";
        }
    }

    @GetMapping("/register/enterprise")
    String registerEnterprise(Model model) {
        model.addAttribute("form", new Registration.EnterpriseForm("", "", "", "", "", "", ""));
        return "register-enterprise";
    }

    @PostMapping("/register/enterprise")
    String registerEnterprise(Registration.EnterpriseForm form, Model model) {
        try {
            registration.registerEnterprise(form);
            return "redirect:/login?registered=enterprise";
        } catch (BusinessException e) {
            model.addAttribute("errors", problems.fieldMessages(e));
            model.addAttribute("form", new Registration.EnterpriseForm(form.name(), form.creditCode(),
                    form.legalRepresentative(), form.mobile(), form.username(), "", ""));
            return "register-enterprise";
        }
    }

    @GetMapping("/password/reset")
    String resetPassword() {
        return "password-reset";
    }

    @PostMapping(value = "/password/reset", params = "sendCode")
    String sendResetCode(@RequestParam(required = false) String mobile, HttpServletRequest request, Model model) {
        sendCode(mobile, SmsPurpose.RESET_PASSWORD, request, model);
        model.addAttribute("mobile", mobile);
        return "password-reset";
    }

    @PostMapping("/password/reset")
    String resetPassword(@RequestParam(required = false) String mobile, @RequestParam(required = false) String code,
            @RequestParam(required = false) String password,
            @RequestParam(required = false) String passwordConfirmation, Model model) {
        try {
            signIn.resetPassword(mobile, code, password, passwordConfirmation);
            return "redirect:/login?reset";
        } catch (BusinessException e) {
            model.addAttribute("errors", problems.fieldMessages(e));
            model.addAttribute("mobile", mobile);
            return "password-reset";
        }
    }

    private void sendCode(String mobile, SmsPurpose purpose, HttpServletRequest request, Model model) {
        try {
            signIn.sendCode(mobile, purpose, request.getRemoteAddr());
            model.addAttribute("codeSent", true);
        } catch (BusinessException e) {
            model.addAttribute("errors", problems.fieldMessages(e));
        }
    }

    private static Registration.PersonForm withoutPasswords(Registration.PersonForm form) {
        return new Registration.PersonForm(form.name(), form.idNumber(), form.mobile(), "", "", form.smsCode());
    }
}
