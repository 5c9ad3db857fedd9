package org.tongban.identity;

import java.time.Clock;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.region.DepartmentView;
import org.tongban.region.RegionDirectory;
import org.tongban.shared.AccountKind;
import org.tongban.shared.Actor;
import org.tongban.shared.AuditTrail;
import org.tongban.shared.BusinessException;
import org.tongban.shared.CommonError;
import org.tongban.shared.InputCheck;
import org.tongban.shared.MobileNumber;
import org.tongban.shared.Role;

/** Enrols staff into a department with roles; an administrator may enrol only within their own scope. */
@Service
public class StaffEnrolment {

    private final Accounts accounts;
    private final StaffMembers staff;
    private final RegionDirectory regions;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final Clock clock;
    private final RoleDirectory directory;

    StaffEnrolment(Accounts accounts, StaffMembers staff, RegionDirectory regions, PasswordEncoder passwords,
            AuditTrail audit, Clock clock, RoleDirectory directory) {
        this.accounts = accounts;
        this.staff = staff;
        this.regions = regions;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
        this.directory = directory;
    }

    /** Who to enrol. */
    public record StaffForm(String username, String name, String mobile, String password, String departmentCode,
            Set<String> roles) {
    }

    @Transactional
    public String enrol(Actor admin, StaffForm form) {
        if (!admin.has(AccountRole.SYSTEM_ADMIN)) {
            throw new BusinessException(CommonError.FORBIDDEN);
        }
        var check = new InputCheck();
        String username = check.required("username", form.username(), 32);
        if (username != null) {
            check.check(username.matches("[A-Za-z][A-Za-z0-9_.-]{3,31}"), "username", IdentityError.USERNAME_INVALID);
        }
        String name = check.required("name", form.name(), 30);
        String mobile = check.optional("mobile", form.mobile(), 11);
        if (mobile != null) {
            check.check(MobileNumber.parse(mobile).isPresent(), "mobile", CommonError.MOBILE_INVALID);
        }
        String password = PasswordPolicy.check(check, "password", form.password(), null);
        DepartmentView department = regions.department(form.departmentCode()).orElse(null);
        check.check(department != null, "departmentCode", CommonError.NOT_FOUND);
        Set<Role> roles = new HashSet<>();
        if (form.roles() == null || form.roles().isEmpty()) {
            check.add("roles", CommonError.FIELD_REQUIRED);
        } else {
            for (String roleName : form.roles()) {
                Optional<Role> role = directory.named(roleName).filter(Role::isStaff);
                check.check(role.isPresent(), "roles", CommonError.INVALID_INPUT);
                role.ifPresent(roles::add);
            }
        }
        check.throwIfAny();
        admin.dataScope().require(department.region(), department.code());
        if (accounts.existsByUsername(username)) {
            throw BusinessException.onField("username", IdentityError.USERNAME_TAKEN);
        }
        if (mobile != null && accounts.existsByMobile(mobile)) {
            throw BusinessException.onField("mobile", IdentityError.MOBILE_TAKEN);
        }
        enrolUnchecked(username, name, mobile, password, department, roles);
        audit.record(admin, "STAFF_ENROLLED", "account", username, "department=" + department.code() + " roles=" + roles);
        return username;
    }

    /** Enrols without an acting administrator: demo data and tests. */
    @Transactional
    Account enrolUnchecked(String username, String name, String mobile, String password, DepartmentView department,
            Set<Role> roles) {
        return enrolEncoded(username, name, mobile, passwords.encode(password), department, roles);
    }

    /**
     * As {@link #enrolUnchecked}, with the password already encoded: the demo data gives all its accounts one
     * password and encodes it once (each encoding costs a tenth of a second on purpose).
     */
    @Transactional
    Account enrolEncoded(String username, String name, String mobile, String encodedPassword, DepartmentView department,
            Set<Role> roles) {
        Account account = accounts.save(new Account(username, encodedPassword, AccountKind.STAFF, name,
                mobile, clock.instant()));
        staff.save(new Staff(account.id(), name, department.regionCode(), department.code(), roles));
        return account;
    }
}
