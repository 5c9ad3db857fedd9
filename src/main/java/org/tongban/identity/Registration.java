package org.tongban.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
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
import org.tongban.shared.MobileNumber;

/**
 * Registers people and enterprises. Every field is checked before anything is stored, duplicates are
 * refused, and a person who proves their mobile number with an SMS code starts at real-name level L2.
 */
@Service
public class Registration {

    /** Chinese names, with the middle dot of minority and foreign names; or Latin letters and spaces. */
    private static final Pattern PERSON_NAME = Pattern.compile("[\\p{IsHan}·]{2,30}|[A-Za-z][A-Za-z .'-]{1,59}");
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{3,31}");
    private static final String USERNAME_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Accounts accounts;
    private final People people;
    private final Enterprises enterprises;
    private final SmsCodeService smsCodes;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final Clock clock;

    Registration(Accounts accounts, People people, Enterprises enterprises, SmsCodeService smsCodes,
            PasswordEncoder passwords, AuditTrail audit, Clock clock) {
        this.accounts = accounts;
        this.people = people;
        this.enterprises = enterprises;
        this.smsCodes = smsCodes;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
    }

    /** What a person fills in. {@code smsCode} is optional; with it the mobile number counts as verified. */
    public record PersonForm(String name, String idNumber, String mobile, String password, String passwordConfirmation,
            String smsCode) {
    }

    /** What an enterprise fills in. {@code username} is optional; the credit code signs in too. */
    public record EnterpriseForm(String name, String creditCode, String legalRepresentative, String mobile,
            String username, String password, String passwordConfirmation) {
    }

    /** The new account. */
    public record Registered(long accountId, String username, AccountKind kind, RealNameLevel level) {
    }

    @Transactional
    public Registered registerPerson(PersonForm form) {
        var check = new InputCheck();
        String name = check.required("name", form.name(), 30);
        if (name != null) {
            check.check(PERSON_NAME.matcher(name).matches(), "name", IdentityError.NAME_INVALID);
        }
        IdNumber id = check.parsed("idNumber", form.idNumber(), IdNumber::parse, CommonError.ID_NUMBER_INVALID);
        MobileNumber mobile = check.parsed("mobile", form.mobile(), MobileNumber::parse, CommonError.MOBILE_INVALID);
        String password = PasswordPolicy.check(check, "password", form.password(), form.passwordConfirmation());
        String smsCode = check.optional("smsCode", form.smsCode(), 6);
        check.throwIfAny();

        if (people.existsByIdNumber(id.value())) {
            throw BusinessException.onField("idNumber", IdentityError.ID_NUMBER_TAKEN);
        }
        if (accounts.existsByMobile(mobile.value())) {
            throw BusinessException.onField("mobile", IdentityError.MOBILE_TAKEN);
        }
        RealNameLevel level = RealNameLevel.L1;
        if (smsCode != null) {
            smsCodes.verify(mobile, SmsPurpose.REGISTER, smsCode, "smsCode");
            level = RealNameLevel.L2;
        }
        Instant now = clock.instant();
        Account account = accounts.save(new Account(newPersonUsername(), passwords.encode(password), AccountKind.PERSON,
                name, mobile.value(), now));
        people.save(new Person(account.id(), name, id.value(), level));
        Actor actor = new Actor(account.username(), AccountKind.PERSON, Set.of(AccountRole.PERSON), null, null);
        audit.record(actor, "PERSON_REGISTERED", "account", account.username(), "level=" + level);
        return new Registered(account.id(), account.username(), AccountKind.PERSON, level);
    }

    /**
     * A person's username is random: people sign in with their mobile or ID number, and the username
     * (which appears in tokens, audit records and other systems) must not be personal data.
     */
    private String newPersonUsername() {
        String candidate;
        do {
            StringBuilder name = new StringBuilder("u");
            for (int i = 0; i < 11; i++) {
                name.append(USERNAME_ALPHABET.charAt(RANDOM.nextInt(USERNAME_ALPHABET.length())));
            }
            candidate = name.toString();
        } while (accounts.existsByUsername(candidate));
        return candidate;
    }

    @Transactional
    public Registered registerEnterprise(EnterpriseForm form) {
        var check = new InputCheck();
        String name = check.required("name", form.name(), 100);
        if (name != null) {
            check.check(name.codePointCount(0, name.length()) >= 2, "name", IdentityError.NAME_INVALID);
        }
        CreditCode code = check.parsed("creditCode", form.creditCode(), CreditCode::parse, CommonError.CREDIT_CODE_INVALID);
        String representative = check.required("legalRepresentative", form.legalRepresentative(), 30);
        if (representative != null) {
            check.check(PERSON_NAME.matcher(representative).matches(), "legalRepresentative", IdentityError.NAME_INVALID);
        }
        MobileNumber mobile = check.parsed("mobile", form.mobile(), MobileNumber::parse, CommonError.MOBILE_INVALID);
        String username = check.optional("username", form.username(), 32);
        if (username != null) {
            check.check(USERNAME.matcher(username).matches(), "username", IdentityError.USERNAME_INVALID);
        }
        String password = PasswordPolicy.check(check, "password", form.password(), form.passwordConfirmation());
        check.throwIfAny();

        String login = username == null ? code.value() : username;
        if (enterprises.existsByCreditCode(code.value())) {
            throw BusinessException.onField("creditCode", IdentityError.CREDIT_CODE_TAKEN);
        }
        if (accounts.existsByUsername(login)) {
            throw BusinessException.onField(username == null ? "creditCode" : "username", IdentityError.USERNAME_TAKEN);
        }
        if (accounts.existsByMobile(mobile.value())) {
            throw BusinessException.onField("mobile", IdentityError.MOBILE_TAKEN);
        }
        Account account = accounts.save(new Account(login, passwords.encode(password), AccountKind.ENTERPRISE, name,
                mobile.value(), clock.instant()));
        enterprises.save(new Enterprise(account.id(), name, code.value(), representative));
        Actor actor = new Actor(login, AccountKind.ENTERPRISE, Set.of(AccountRole.ENTERPRISE), null, null);
        audit.record(actor, "ENTERPRISE_REGISTERED", "account", login, "creditCode=" + code.value());
        return new Registered(account.id(), login, AccountKind.ENTERPRISE, null);
    }
}
