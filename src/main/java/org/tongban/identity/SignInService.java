package org.tongban.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.shared.AuditTrail;
import org.tongban.shared.BusinessException;
import org.tongban.shared.CommonError;
import org.tongban.shared.InputCheck;
import org.tongban.shared.MobileNumber;

/**
 * Signs people in by password or SMS code. Wrong passwords are counted per account and lock it for a
 * while; attempts are limited per IP address; every outcome is audited. Unknown accounts take as long
 * as known ones and get the same message.
 */
@Service
public class SignInService {

    private static final DateTimeFormatter UNLOCK_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final AccountDirectory directory;
    private final Accounts accounts;
    private final SmsCodeService smsCodes;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final IdentityProperties properties;
    private final Clock clock;
    private final TransactionTemplate newTransaction;
    private final AttemptLimiter perAddress;
    private final String dummyHash;

    SignInService(AccountDirectory directory, Accounts accounts, SmsCodeService smsCodes, PasswordEncoder passwords,
            AuditTrail audit, IdentityProperties properties, Clock clock, PlatformTransactionManager transactions) {
        this.directory = directory;
        this.accounts = accounts;
        this.smsCodes = smsCodes;
        this.passwords = passwords;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.perAddress = new AttemptLimiter(properties.signInsPerMinutePerAddress(), Duration.ofMinutes(1), clock);
        this.dummyHash = passwords.encode("not-a-real-password-" + System.nanoTime());
    }

    public SignedInUser withPassword(String login, String password, String sourceAddress) {
        throttle(sourceAddress);
        var found = directory.findForSignIn(login);
        if (found.isEmpty()) {
            passwords.matches(password == null ? "" : password, dummyHash);
            throw new SignInException(IdentityError.BAD_CREDENTIALS);
        }
        long accountId = found.get().id();
        Outcome outcome = newTransaction.execute(tx -> {
            Account account = accounts.findById(accountId).orElseThrow();
            SignInException unusable = unusable(account);
            if (unusable != null) {
                return Outcome.failed(unusable);
            }
            if (password == null || !passwords.matches(password, account.passwordHash())) {
                int left = account.failedAttempt(clock.instant(), properties.maxFailedAttempts(),
                        properties.lockDuration());
                var actor = directory.principal(account).actor();
                audit.record(actor, "SIGN_IN_FAILED", "account", account.username(), "attemptsLeft=" + left);
                if (left == 0) {
                    audit.record(actor, "ACCOUNT_LOCKED", "account", account.username(),
                            "until=" + account.lockedUntil());
                    return Outcome.failed(locked(account));
                }
                return Outcome.failed(new SignInException(IdentityError.BAD_CREDENTIALS_ATTEMPTS_LEFT, left));
            }
            return Outcome.succeeded(signedIn(account, "password"));
        });
        return outcome.userOrThrow();
    }

    /** The result of a sign-in transaction: committed either way, so failed attempts are counted. */
    private record Outcome(SignedInUser user, SignInException failure) {

        static Outcome failed(SignInException failure) {
            return new Outcome(null, failure);
        }

        static Outcome succeeded(SignedInUser user) {
            return new Outcome(user, null);
        }

        SignedInUser userOrThrow() {
            if (failure != null) {
                throw failure;
            }
            return user;
        }
    }

    public SignedInUser withSmsCode(String mobile, String code, String sourceAddress) {
        throttle(sourceAddress);
        MobileNumber number = MobileNumber.parse(mobile)
                .orElseThrow(() -> new SignInException(IdentityError.SMS_CODE_INVALID));
        var account = accounts.findByMobile(number.value())
                .orElseThrow(() -> new SignInException(IdentityError.SMS_CODE_INVALID));
        try {
            smsCodes.verify(number, SmsPurpose.LOGIN, code, "code");
        } catch (BusinessException e) {
            throw new SignInException(IdentityError.SMS_CODE_INVALID);
        }
        Outcome outcome = newTransaction.execute(tx -> {
            Account fresh = accounts.findById(account.id()).orElseThrow();
            SignInException unusable = unusable(fresh);
            return unusable != null ? Outcome.failed(unusable) : Outcome.succeeded(signedIn(fresh, "sms"));
        });
        return outcome.userOrThrow();
    }

    /** Sends a sign-in or reset code if an account has that number; says nothing about whether one does. */
    public void sendCode(String mobile, SmsPurpose purpose, String sourceAddress) {
        var check = new InputCheck();
        MobileNumber number = check.parsed("mobile", mobile, MobileNumber::parse, CommonError.MOBILE_INVALID);
        check.throwIfAny();
        if (purpose == SmsPurpose.LOGIN || purpose == SmsPurpose.RESET_PASSWORD) {
            if (accounts.findByMobile(number.value()).isEmpty()) {
                return;
            }
        }
        smsCodes.issue(number, purpose, sourceAddress);
    }

    /** Sets a new password for the account of a mobile number proven by a reset code. */
    public void resetPassword(String mobile, String code, String password, String confirmation) {
        var check = new InputCheck();
        MobileNumber number = check.parsed("mobile", mobile, MobileNumber::parse, CommonError.MOBILE_INVALID);
        check.required("code", code, 6);
        String newPassword = PasswordPolicy.check(check, "password", password, confirmation);
        check.throwIfAny();
        var account = accounts.findByMobile(number.value())
                .orElseThrow(() -> BusinessException.onField("code", IdentityError.SMS_CODE_INVALID));
        smsCodes.verify(number, SmsPurpose.RESET_PASSWORD, code, "code");
        newTransaction.executeWithoutResult(tx -> {
            Account fresh = accounts.findById(account.id()).orElseThrow();
            fresh.changePassword(passwords.encode(newPassword), clock.instant());
            audit.record(directory.principal(fresh).actor(), "PASSWORD_RESET", "account", fresh.username(), null);
        });
    }

    private SignedInUser signedIn(Account account, String method) {
        account.signedIn();
        SignedInUser user = directory.principal(account);
        audit.record(user.actor(), "SIGNED_IN", "account", account.username(), "method=" + method);
        return user;
    }

    private SignInException unusable(Account account) {
        if (!account.enabled()) {
            return new SignInException(IdentityError.ACCOUNT_DISABLED);
        }
        return account.isLockedAt(clock.instant()) ? locked(account) : null;
    }

    private SignInException locked(Account account) {
        Instant until = account.lockedUntil();
        return new SignInException(IdentityError.ACCOUNT_LOCKED, UNLOCK_TIME.format(until.atZone(properties.zone())),
                properties.maxFailedAttempts());
    }

    private void throttle(String sourceAddress) {
        if (!perAddress.tryAcquire(sourceAddress == null ? "unknown" : sourceAddress)) {
            throw new SignInException(IdentityError.SIGN_IN_THROTTLED);
        }
    }
}
