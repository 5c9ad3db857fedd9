package org.tongban.identity;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.shared.AccountKind;
import org.tongban.shared.Actor;
import org.tongban.shared.AuditTrail;
import org.tongban.shared.BusinessException;
import org.tongban.shared.CommonError;
import org.tongban.shared.CreditCode;
import org.tongban.shared.IdNumber;
import org.tongban.shared.InputCheck;
import org.tongban.shared.Masking;

/**
 * Enterprises authorise people as handlers (经办人), with scopes and an expiry, and revoke them.
 * {@link #requireHandler} is the check every module makes before a person acts for an enterprise.
 */
@Service
public class HandlerService {

    private final HandlerAuthorizations authorizations;
    private final Accounts accounts;
    private final People people;
    private final Enterprises enterprises;
    private final AuditTrail audit;
    private final IdentityProperties properties;
    private final Clock clock;

    HandlerService(HandlerAuthorizations authorizations, Accounts accounts, People people, Enterprises enterprises,
            AuditTrail audit, IdentityProperties properties, Clock clock) {
        this.authorizations = authorizations;
        this.accounts = accounts;
        this.people = people;
        this.enterprises = enterprises;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** A handler authorisation as the enterprise or the handler sees it (the handler's data masked). */
    public record HandlerView(long id, String enterpriseName, String creditCode, String handlerName,
            String handlerIdNumber, Set<HandlerScope> scopes, Instant grantedAt, Instant expiresAt, String status) {
    }

    /** What the enterprise fills in to authorise a handler. */
    public record GrantForm(String handlerName, String handlerIdNumber, Set<String> scopes, String expiresOn) {
    }

    @Transactional
    public HandlerView grant(Actor enterpriseActor, GrantForm form) {
        Enterprise enterprise = enterpriseOf(enterpriseActor);
        var check = new InputCheck();
        String name = check.required("handlerName", form.handlerName(), 30);
        IdNumber id = check.parsed("handlerIdNumber", form.handlerIdNumber(), IdNumber::parse, CommonError.ID_NUMBER_INVALID);
        Set<HandlerScope> scopes = EnumSet.noneOf(HandlerScope.class);
        if (form.scopes() == null || form.scopes().isEmpty()) {
            check.add("scopes", IdentityError.HANDLER_SCOPES_INVALID);
        } else {
            for (String scope : form.scopes()) {
                try {
                    scopes.add(HandlerScope.valueOf(scope));
                } catch (IllegalArgumentException | NullPointerException e) {
                    check.add("scopes", IdentityError.HANDLER_SCOPES_INVALID);
                }
            }
        }
        LocalDate today = LocalDate.now(clock.withZone(properties.zone()));
        LocalDate latest = today.plusDays(properties.handlerMaxValidity().toDays());
        LocalDate expiresOn = check.date("expiresOn", form.expiresOn(), IdentityError.HANDLER_EXPIRY_INVALID, latest);
        if (expiresOn != null && (!expiresOn.isAfter(today) || expiresOn.isAfter(latest))) {
            check.add("expiresOn", IdentityError.HANDLER_EXPIRY_INVALID, latest);
        }
        check.throwIfAny();
        Person person = people.findByIdNumber(id.value())
                .orElseThrow(() -> BusinessException.onField("handlerIdNumber", IdentityError.PERSON_NOT_FOUND));
        if (!person.name().equals(name)) {
            throw BusinessException.onField("handlerName", IdentityError.PERSON_NAME_MISMATCH);
        }
        Instant expiresAt = expiresOn.plusDays(1).atStartOfDay(properties.zone()).toInstant();
        var saved = authorizations.save(new HandlerAuthorization(enterprise.accountId(), person.accountId(), scopes,
                clock.instant(), expiresAt));
        audit.record(enterpriseActor, "HANDLER_GRANTED", "handler-authorization", saved.id().toString(),
                "scopes=" + scopes + " expiresOn=" + expiresOn);
        return view(saved, enterprise, person);
    }

    @Transactional
    public void revoke(Actor enterpriseActor, long authorizationId) {
        Enterprise enterprise = enterpriseOf(enterpriseActor);
        HandlerAuthorization authorization = authorizations.findById(authorizationId)
                .filter(a -> a.enterpriseAccountId().equals(enterprise.accountId()))
                .orElseThrow(() -> new BusinessException(IdentityError.AUTHORIZATION_NOT_FOUND));
        authorization.revoke(clock.instant());
        audit.record(enterpriseActor, "HANDLER_REVOKED", "handler-authorization", String.valueOf(authorizationId), null);
    }

    @Transactional(readOnly = true)
    public List<HandlerView> grantedBy(Actor enterpriseActor) {
        Enterprise enterprise = enterpriseOf(enterpriseActor);
        return authorizations.findByEnterpriseAccountIdOrderByIdDesc(enterprise.accountId()).stream()
                .map(a -> view(a, enterprise, people.findById(a.handlerAccountId()).orElseThrow())).toList();
    }

    @Transactional(readOnly = true)
    public List<HandlerView> heldBy(Actor personActor) {
        Person person = personOf(personActor);
        return authorizations.findByHandlerAccountIdOrderByIdDesc(person.accountId()).stream()
                .map(a -> view(a, enterprises.findById(a.enterpriseAccountId()).orElseThrow(), person)).toList();
    }

    /**
     * Refuses unless the person holds an authorisation of the enterprise that is in force and covers the
     * scope: an expired, revoked or missing one is refused with its own message.
     */
    @Transactional(readOnly = true)
    public HandlerView requireHandler(Actor personActor, String creditCode, HandlerScope scope) {
        Person person = personOf(personActor);
        CreditCode code = CreditCode.of(creditCode);
        Enterprise enterprise = enterprises.findByCreditCode(code.value())
                .orElseThrow(() -> new BusinessException(IdentityError.HANDLER_NOT_AUTHORIZED));
        HandlerAuthorization authorization = authorizations
                .findByEnterpriseAccountIdAndHandlerAccountIdOrderByIdDesc(enterprise.accountId(), person.accountId())
                .stream().findFirst()
                .orElseThrow(() -> new BusinessException(IdentityError.HANDLER_NOT_AUTHORIZED));
        authorization.requireActive(clock.instant(), scope);
        return view(authorization, enterprise, person);
    }

    private HandlerView view(HandlerAuthorization a, Enterprise enterprise, Person person) {
        return new HandlerView(a.id(), enterprise.name(), enterprise.creditCode(), Masking.name(person.name()),
                Masking.idNumber(person.idNumber()), a.scopes(), a.grantedAt(), a.expiresAt(),
                a.statusAt(clock.instant()).name());
    }

    private Enterprise enterpriseOf(Actor actor) {
        if (actor.kind() != AccountKind.ENTERPRISE) {
            throw new BusinessException(IdentityError.NOT_AN_ENTERPRISE);
        }
        Account account = accounts.findByUsername(actor.username()).orElseThrow();
        return enterprises.findById(account.id()).orElseThrow();
    }

    private Person personOf(Actor actor) {
        if (actor.kind() != AccountKind.PERSON) {
            throw new BusinessException(IdentityError.NOT_A_PERSON);
        }
        Account account = accounts.findByUsername(actor.username()).orElseThrow();
        return people.findById(account.id()).orElseThrow();
    }
}
