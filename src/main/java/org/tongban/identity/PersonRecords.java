package org.tongban.identity;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.shared.Actor;
import org.tongban.shared.AuditTrail;
import org.tongban.shared.BusinessException;
import org.tongban.shared.CommonError;
import org.tongban.shared.IdNumber;
import org.tongban.shared.InputCheck;
import org.tongban.shared.Masking;
import org.tongban.shared.Role;

/**
 * What staff may do with a person's record: find it by ID number (masked), see it in full when their
 * role needs it (audited), and raise it to real-name level L3 after checking the person in person.
 */
@Service
public class PersonRecords {

    private final People people;
    private final Accounts accounts;
    private final AuditTrail audit;
    private final Clock clock;

    PersonRecords(People people, Accounts accounts, AuditTrail audit, Clock clock) {
        this.people = people;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** A person's record; {@code masked} says whether the values are masked. */
    public record PersonView(long accountId, String name, String idNumber, String mobile, RealNameLevel realNameLevel,
            boolean masked) {
    }

    @Transactional(readOnly = true)
    public PersonView find(Actor staff, String idNumber) {
        requireStaff(staff);
        var check = new InputCheck();
        IdNumber id = check.parsed("idNumber", idNumber, IdNumber::parse, CommonError.ID_NUMBER_INVALID);
        check.throwIfAny();
        Person person = people.findByIdNumber(id.value())
                .orElseThrow(() -> new BusinessException(IdentityError.PERSON_NOT_FOUND));
        return view(person, true);
    }

    /** The full record, for roles that need it; every such view is audited. */
    @Transactional
    public PersonView unmask(Actor staff, long accountId, String reason) {
        if (staff.roles().stream().noneMatch(Role::mayUnmask)) {
            throw new BusinessException(CommonError.FORBIDDEN);
        }
        var check = new InputCheck();
        String why = check.required("reason", reason, 200);
        check.throwIfAny();
        Person person = people.findById(accountId)
                .orElseThrow(() -> new BusinessException(IdentityError.PERSON_NOT_FOUND));
        audit.record(staff, "PERSON_UNMASKED", "person", Masking.idNumber(person.idNumber()), "reason=" + why);
        return view(person, false);
    }

    @Transactional
    public PersonView verifyInPerson(Actor staff, long accountId) {
        if (staff.roles().stream().noneMatch(Role::servesAtWindow)) {
            throw new BusinessException(CommonError.FORBIDDEN);
        }
        Person person = people.findById(accountId)
                .orElseThrow(() -> new BusinessException(IdentityError.PERSON_NOT_FOUND));
        person.verifiedInPerson(staff.username(), clock.instant());
        audit.record(staff, "PERSON_VERIFIED_IN_PERSON", "person", Masking.idNumber(person.idNumber()), "level=L3");
        return view(person, true);
    }

    private PersonView view(Person person, boolean masked) {
        String mobile = accounts.findById(person.accountId()).map(Account::mobile).orElse(null);
        return masked
                ? new PersonView(person.accountId(), Masking.name(person.name()), Masking.idNumber(person.idNumber()),
                        Masking.mobile(mobile), person.realNameLevel(), true)
                : new PersonView(person.accountId(), person.name(), person.idNumber(), mobile, person.realNameLevel(),
                        false);
    }

    private static void requireStaff(Actor actor) {
        if (!actor.isStaff()) {
            throw new BusinessException(CommonError.FORBIDDEN);
        }
    }
}
