package org.tongban.identity;

import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.shared.AccountKind;
import org.tongban.shared.Actor;
import org.tongban.shared.IdNumber;
import org.tongban.shared.Masking;

/** Finds accounts by what people type to sign in, and turns them into signed-in principals. */
@Service
@Transactional(readOnly = true)
class AccountDirectory {

    private final Accounts accounts;
    private final People people;
    private final StaffMembers staff;
    private final RoleDirectory roles;

    AccountDirectory(Accounts accounts, People people, StaffMembers staff, RoleDirectory roles) {
        this.accounts = accounts;
        this.people = people;
        this.staff = staff;
        this.roles = roles;
    }

    /** By username, then by mobile number, then by ID number. */
    Optional<Account> findForSignIn(String login) {
        if (login == null || login.isBlank() || login.length() > 64) {
            return Optional.empty();
        }
        String value = login.strip();
        return accounts.findByUsername(value)
                .or(() -> accounts.findByMobile(value))
                .or(() -> IdNumber.parse(value).flatMap(id -> people.findByIdNumber(id.value()))
                        .flatMap(person -> accounts.findById(person.accountId())));
    }

    Optional<SignedInUser> principal(String username) {
        return accounts.findByUsername(username).map(this::principal);
    }

    SignedInUser principal(Account account) {
        Actor actor = switch (account.kind()) {
            case PERSON -> new Actor(account.username(), AccountKind.PERSON, Set.of(AccountRole.PERSON), null, null);
            case ENTERPRISE -> new Actor(account.username(), AccountKind.ENTERPRISE, Set.of(AccountRole.ENTERPRISE), null, null);
            case STAFF -> staff.findById(account.id())
                    .map(s -> new Actor(account.username(), AccountKind.STAFF, roles.all(s.roleNames()), s.regionCode(), s.departmentCode()))
                    .orElseThrow();
            default -> throw new IllegalStateException("unsupported account kind " + account.kind());
        };
        String shown = account.kind() == AccountKind.ENTERPRISE ? account.displayName() : Masking.name(account.displayName());
        return new SignedInUser(account.id(), actor, shown, account.passwordHash());
    }
}
