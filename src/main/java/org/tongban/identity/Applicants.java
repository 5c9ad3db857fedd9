package org.tongban.identity;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.shared.AccountKind;
import org.tongban.shared.Actor;
import org.tongban.shared.BusinessException;
import org.tongban.shared.CommonError;
import org.tongban.shared.Masking;

/**
 * Who an application is made for, in full, so that the case can record its applicant (申请人名称, 证件号码)
 * as the law requires. Callers store it with the case and mask it wherever it is shown.
 */
@Service
public class Applicants {

    private final Accounts accounts;
    private final People people;
    private final Enterprises enterprises;

    Applicants(Accounts accounts, People people, Enterprises enterprises) {
        this.accounts = accounts;
        this.people = people;
        this.enterprises = enterprises;
    }

    /**
     * An applicant: a person (number = ID number) or an enterprise (number = credit code). {@code username}
     * is null for a walk-in applicant without an account.
     */
    public record Applicant(String username, AccountKind kind, String name, String number, String mobile,
            String representative) {

        /** The same applicant as pages show it: a person's name and ID number, and every mobile, masked. */
        public Applicant masked() {
            boolean person = kind == AccountKind.PERSON;
            return new Applicant(username, kind, person ? Masking.name(name) : name,
                    person ? Masking.idNumber(number) : number, Masking.mobile(mobile),
                    representative == null ? null : Masking.name(representative));
        }
    }

    /** The signed-in person or enterprise; staff and anonymous callers are not applicants. */
    @Transactional(readOnly = true)
    public Applicant of(Actor actor) {
        if (actor.kind() != AccountKind.PERSON && actor.kind() != AccountKind.ENTERPRISE) {
            throw new BusinessException(CommonError.FORBIDDEN);
        }
        Account account = accounts.findByUsername(actor.username())
                .orElseThrow(() -> new BusinessException(CommonError.UNAUTHENTICATED));
        if (account.kind() == AccountKind.PERSON) {
            Person person = people.findById(account.id()).orElseThrow();
            return new Applicant(account.username(), AccountKind.PERSON, person.name(), person.idNumber(),
                    account.mobile(), null);
        }
        Enterprise enterprise = enterprises.findById(account.id()).orElseThrow();
        return new Applicant(account.username(), AccountKind.ENTERPRISE, enterprise.name(), enterprise.creditCode(),
                account.mobile(), enterprise.legalRepresentative());
    }

    /** The registered person with this ID number, if any (a window clerk's walk-in applicant). */
    @Transactional(readOnly = true)
    public Optional<Applicant> person(String idNumber) {
        return people.findByIdNumber(idNumber).flatMap(person -> accounts.findById(person.accountId())
                .map(account -> new Applicant(account.username(), AccountKind.PERSON, person.name(),
                        person.idNumber(), account.mobile(), null)));
    }

    /** The registered enterprise with this credit code, if any. */
    @Transactional(readOnly = true)
    public Optional<Applicant> enterprise(String creditCode) {
        return enterprises.findByCreditCode(creditCode).flatMap(enterprise -> accounts.findById(enterprise.accountId())
                .map(account -> new Applicant(account.username(), AccountKind.ENTERPRISE, enterprise.name(),
                        enterprise.creditCode(), account.mobile(), enterprise.legalRepresentative())));
    }
}
