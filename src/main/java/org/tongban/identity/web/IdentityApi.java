package org.tongban.identity.web;

import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongban.identity.HandlerScope;
import org.tongban.identity.HandlerService;
import org.tongban.identity.PersonRecords;
import org.tongban.identity.ProfileService;
import org.tongban.identity.Registration;
import org.tongban.identity.StaffDirectory;
import org.tongban.identity.StaffEnrolment;
import org.tongban.shared.AccountKind;
import org.tongban.shared.Actors;

/** The identity API: registration, the signed-in profile, handlers, and staff look-ups within data scope. */
@RestController
@RequestMapping("/api/v1")
class IdentityApi {

    static final String ACTING_FOR = "tongban.actingFor";

    private final Registration registration;
    private final ProfileService profiles;
    private final HandlerService handlers;
    private final StaffDirectory staff;
    private final PersonRecords persons;
    private final StaffEnrolment enrolment;

    IdentityApi(Registration registration, ProfileService profiles, HandlerService handlers, StaffDirectory staff,
            PersonRecords persons, StaffEnrolment enrolment) {
        this.enrolment = enrolment;
        this.registration = registration;
        this.profiles = profiles;
        this.handlers = handlers;
        this.staff = staff;
        this.persons = persons;
    }

    record PersonRequest(String name, String idNumber, String mobile, String password, String smsCode) {
    }

    record EnterpriseRequest(String name, String creditCode, String legalRepresentative, String mobile,
            String username, String password) {
    }

    @PostMapping("/persons")
    ResponseEntity<Registration.Registered> registerPerson(@RequestBody PersonRequest request) {
        var registered = registration.registerPerson(new Registration.PersonForm(request.name(), request.idNumber(),
                request.mobile(), request.password(), null, request.smsCode()));
        return ResponseEntity.created(URI.create("/api/v1/me")).body(registered);
    }

    @PostMapping("/enterprises")
    ResponseEntity<Registration.Registered> registerEnterprise(@RequestBody EnterpriseRequest request) {
        var registered = registration.registerEnterprise(new Registration.EnterpriseForm(request.name(),
                request.creditCode(), request.legalRepresentative(), request.mobile(), request.username(),
                request.password(), null));
        return ResponseEntity.created(URI.create("/api/v1/me")).body(registered);
    }

    /** The CSRF token for API clients that use the session cookie. */
    @GetMapping("/csrf")
    Map<String, String> csrf(CsrfToken token) {
        return Map.of("headerName", token.getHeaderName(), "parameterName", token.getParameterName(),
                "token", token.getToken());
    }

    @GetMapping("/me")
    Map<String, Object> me(HttpSession session) {
        var actor = Actors.current();
        if (actor.kind() == AccountKind.SYSTEM) {
            return Map.of("username", actor.username(), "kind", actor.kind(), "roles", List.of());
        }
        var profile = profiles.of(actor);
        var body = new LinkedHashMap<String, Object>();
        body.put("username", profile.username());
        body.put("kind", profile.kind());
        body.put("roles", profile.roles());
        body.put("displayName", profile.displayName());
        body.put("region", profile.region());
        body.put("department", profile.department());
        body.put("person", profile.person());
        body.put("enterprise", profile.enterprise());
        body.put("actingFor", session.getAttribute(ACTING_FOR));
        return body;
    }

    @GetMapping("/me/handlers")
    @PreAuthorize("hasRole('ENTERPRISE')")
    List<HandlerService.HandlerView> granted() {
        return handlers.grantedBy(Actors.current());
    }

    record GrantRequest(String handlerName, String handlerIdNumber, Set<String> scopes, String expiresOn) {
    }

    @PostMapping("/me/handlers")
    @PreAuthorize("hasRole('ENTERPRISE')")
    ResponseEntity<HandlerService.HandlerView> grant(@RequestBody GrantRequest request) {
        var view = handlers.grant(Actors.current(), new HandlerService.GrantForm(request.handlerName(),
                request.handlerIdNumber(), request.scopes(), request.expiresOn()));
        return ResponseEntity.status(201).body(view);
    }

    @PostMapping("/me/handlers/{id}/revoke")
    @PreAuthorize("hasRole('ENTERPRISE')")
    ResponseEntity<Void> revoke(@PathVariable long id) {
        handlers.revoke(Actors.current(), id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/me/enterprises")
    @PreAuthorize("hasRole('PERSON')")
    List<HandlerService.HandlerView> held() {
        return handlers.heldBy(Actors.current());
    }

    record ActingForRequest(String creditCode) {
    }

    /** Act for an enterprise as its handler: refused unless an authorisation is in force. */
    @PostMapping("/me/acting-for")
    @PreAuthorize("hasRole('PERSON')")
    HandlerService.HandlerView actFor(@RequestBody ActingForRequest request, HttpSession session) {
        var view = handlers.requireHandler(Actors.current(), request.creditCode(), HandlerScope.APPLY);
        session.setAttribute(ACTING_FOR, Map.of("creditCode", view.creditCode(), "name", view.enterpriseName()));
        return view;
    }

    @GetMapping("/staff")
    @PreAuthorize("hasAnyRole('WINDOW_CLERK','APPROVER','DEPARTMENT_LEADER','SUPERVISOR','CATALOG_ADMIN','KNOWLEDGE_EDITOR','SYSTEM_ADMIN')")
    List<StaffDirectory.StaffView> staff() {
        return staff.visibleTo(Actors.current(), 200);
    }

    @GetMapping("/staff/{username}")
    @PreAuthorize("hasAnyRole('WINDOW_CLERK','APPROVER','DEPARTMENT_LEADER','SUPERVISOR','CATALOG_ADMIN','KNOWLEDGE_EDITOR','SYSTEM_ADMIN')")
    StaffDirectory.StaffView staffMember(@PathVariable String username) {
        return staff.get(Actors.current(), username);
    }

    record StaffRequest(String username, String name, String mobile, String password, String departmentCode,
            Set<String> roles) {
    }

    /** A system administrator enrols staff into a department of their own scope. */
    @PostMapping("/admin/staff")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    ResponseEntity<StaffDirectory.StaffView> enrol(@RequestBody StaffRequest request) {
        var actor = Actors.current();
        String username = enrolment.enrol(actor, new StaffEnrolment.StaffForm(request.username(), request.name(),
                request.mobile(), request.password(), request.departmentCode(), request.roles()));
        return ResponseEntity.status(201).body(staff.get(actor, username));
    }

    record LookupRequest(String idNumber) {
    }

    record UnmaskRequest(String reason) {
    }

    @PostMapping("/persons/lookup")
    @PreAuthorize("hasAnyRole('WINDOW_CLERK','APPROVER','DEPARTMENT_LEADER')")
    PersonRecords.PersonView lookup(@RequestBody LookupRequest request) {
        return persons.find(Actors.current(), request.idNumber());
    }

    @PostMapping("/persons/{accountId}/unmask")
    @PreAuthorize("hasAnyRole('WINDOW_CLERK','APPROVER','DEPARTMENT_LEADER')")
    PersonRecords.PersonView unmask(@PathVariable long accountId, @RequestBody UnmaskRequest request) {
        return persons.unmask(Actors.current(), accountId, request.reason());
    }

    @PostMapping("/persons/{accountId}/in-person-verification")
    @PreAuthorize("hasRole('WINDOW_CLERK')")
    PersonRecords.PersonView verifyInPerson(@PathVariable long accountId) {
        return persons.verifyInPerson(Actors.current(), accountId);
    }
}
