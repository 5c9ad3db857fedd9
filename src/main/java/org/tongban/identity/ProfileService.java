package org.tongban.identity;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.region.RegionDirectory;
import org.tongban.shared.AccountKind;
import org.tongban.shared.Actor;
import org.tongban.shared.AuditTrail;
import org.tongban.shared.BusinessException;
import org.tongban.shared.CommonError;
import org.tongban.shared.Masking;
import org.tongban.shared.MobileNumber;
import org.tongban.shared.RegionCode;
import org.tongban.shared.Role;

/** 我的: the signed-in account's own profile, with personal data masked. */
@Service
public class ProfileService {

    private final Accounts accounts;
    private final People people;
    private final Enterprises enterprises;
    private final StaffMembers staff;
    private final RegionDirectory regions;
    private final SmsCodeService smsCodes;
    private final AuditTrail audit;

    ProfileService(Accounts accounts, People people, Enterprises enterprises, StaffMembers staff,
            RegionDirectory regions, SmsCodeService smsCodes, AuditTrail audit) {
        this.accounts = accounts;
        this.people = people;
        this.enterprises = enterprises;
        this.staff = staff;
        this.regions = regions;
        this.smsCodes = smsCodes;
        this.audit = audit;
    }

    /** A code and name pair, such as a region or a department. */
    public record Named(String code, String name) {
    }

    /** The person part of a profile. */
    public record PersonPart(String name, String idNumber, String mobile, RealNameLevel realNameLevel) {
    }

    /** The enterprise part of a profile. */
    public record EnterprisePart(String name, String creditCode, String legalRepresentative, String mobile) {
    }

    /** The profile, as {@code GET /api/v1/me} returns it. */
    public record Profile(String username, AccountKind kind, List<String> roles, String displayName, Named region,
            Named department, PersonPart person, EnterprisePart enterprise) {
    }

    @Transactional(readOnly = true)
    public Profile of(Actor actor) {
        Account account = accounts.findByUsername(actor.username())
                .orElseThrow(() -> new BusinessException(CommonError.UNAUTHENTICATED));
        List<String> roles = actor.roles().stream().map(Role::name).sorted().toList();
        return switch (account.kind()) {
            case PERSON -> {
                Person person = people.findById(account.id()).orElseThrow();
                Named region = RegionCode.parse(person.idNumber().substring(0, 6)).flatMap(regions::region)
                        .map(r -> new Named(r.code(), r.fullName())).orElse(null);
                yield new Profile(account.username(), AccountKind.PERSON, roles, Masking.name(person.name()), region,
                        null, new PersonPart(Masking.name(person.name()), Masking.idNumber(person.idNumber()),
                                Masking.mobile(account.mobile()), person.realNameLevel()), null);
            }
            case ENTERPRISE -> {
                Enterprise enterprise = enterprises.findById(account.id()).orElseThrow();
                yield new Profile(account.username(), AccountKind.ENTERPRISE, roles, enterprise.name(), null, null,
                        null, new EnterprisePart(enterprise.name(), enterprise.creditCode(),
                                Masking.name(enterprise.legalRepresentative()), Masking.mobile(account.mobile())));
            }
            default -> {
                Staff member = staff.findById(account.id()).orElseThrow();
                Named region = RegionCode.parse(member.regionCode()).flatMap(regions::region)
                        .map(r -> new Named(r.code(), r.fullName()))
                        .orElse(null);
                Named department = regions.department(member.departmentCode()).map(d -> new Named(d.code(), d.name()))
                        .orElse(null);
                yield new Profile(account.username(), AccountKind.STAFF, roles, Masking.name(member.name()), region,
                        department, null, null);
            }
        };
    }

    /** Sends a code to the account's own mobile number, to prove it. */
    public void sendVerificationCode(Actor actor, String sourceAddress) {
        Account account = accounts.findByUsername(actor.username()).orElseThrow();
        smsCodes.issue(MobileNumber.of(account.mobile()), SmsPurpose.VERIFY_MOBILE, sourceAddress);
    }

    /** Proves the mobile number with the code: a person at L1 becomes L2. */
    @Transactional
    public RealNameLevel verifyMobile(Actor actor, String code) {
        Account account = accounts.findByUsername(actor.username()).orElseThrow();
        Person person = people.findById(account.id())
                .orElseThrow(() -> new BusinessException(IdentityError.NOT_A_PERSON));
        smsCodes.verify(MobileNumber.of(account.mobile()), SmsPurpose.VERIFY_MOBILE, code, "code");
        person.mobileVerified();
        audit.record(actor, "MOBILE_VERIFIED", "account", account.username(), "level=" + person.realNameLevel());
        return person.realNameLevel();
    }
}
