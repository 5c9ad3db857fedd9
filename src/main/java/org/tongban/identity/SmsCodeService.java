package org.tongban.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.notification.SmsGateway;
import org.tongban.shared.BusinessException;
import org.tongban.shared.MobileNumber;

/**
 * Issues and checks one-time SMS codes. A number gets at most one code a minute and a few a day, an IP
 * address a few an hour; a code lives minutes, works once and dies after a few wrong guesses.
 */
@Service
public class SmsCodeService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SmsCodes codes;
    private final SmsGateway sms;
    private final MessageSource messages;
    private final IdentityProperties properties;
    private final Clock clock;

    SmsCodeService(SmsCodes codes, SmsGateway sms, MessageSource messages, IdentityProperties properties, Clock clock) {
        this.codes = codes;
        this.sms = sms;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    /** Sends a fresh code, or refuses with the limit that was reached. */
    @Transactional
    public void issue(MobileNumber mobile, SmsPurpose purpose, String sourceAddress) {
        Instant now = clock.instant();
        codes.findFirstByMobileOrderByCreatedAtDesc(mobile.value()).ifPresent(last -> {
            Duration since = Duration.between(last.createdAt(), now);
            if (since.compareTo(properties.smsResendInterval()) < 0) {
                long wait = properties.smsResendInterval().minus(since).toSeconds() + 1;
                throw BusinessException.onField("mobile", IdentityError.SMS_TOO_FREQUENT, wait);
            }
        });
        if (codes.countByMobileAndCreatedAtAfter(mobile.value(), now.minus(Duration.ofDays(1)))
                >= properties.smsPerMobilePerDay()) {
            throw BusinessException.onField("mobile", IdentityError.SMS_DAILY_LIMIT);
        }
        if (codes.countBySourceAddressAndCreatedAtAfter(sourceAddress, now.minus(Duration.ofHours(1)))
                >= properties.smsPerAddressPerHour()) {
            throw BusinessException.onField("mobile", IdentityError.SMS_SOURCE_LIMIT);
        }
        String code = "%06d".formatted(RANDOM.nextInt(1_000_000));
        codes.save(new SmsCode(mobile.value(), purpose, hash(mobile.value(), purpose, code), now,
                now.plus(properties.smsCodeValidity()), sourceAddress));
        String text = messages.getMessage("sms.code." + purpose.name(),
                new Object[] {code, properties.smsCodeValidity().toMinutes()}, Locale.SIMPLIFIED_CHINESE);
        sms.send(mobile, purpose.name(), text);
    }

    /**
     * Consumes the newest code for the number and purpose if {@code code} matches it. A wrong guess is
     * counted even though the caller's transaction fails, so guesses cannot be repeated for free.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW, noRollbackFor = BusinessException.class)
    public void verify(MobileNumber mobile, SmsPurpose purpose, String code, String field) {
        Instant now = clock.instant();
        SmsCode latest = codes.findFirstByMobileAndPurposeOrderByCreatedAtDesc(mobile.value(), purpose.name())
                .filter(c -> c.usableAt(now, properties.smsMaxGuesses()))
                .orElseThrow(() -> BusinessException.onField(field, IdentityError.SMS_CODE_INVALID));
        String given = code == null ? "" : code.strip();
        if (!MessageDigest.isEqual(latest.codeHash().getBytes(StandardCharsets.US_ASCII),
                hash(mobile.value(), purpose, given).getBytes(StandardCharsets.US_ASCII))) {
            latest.wrongGuess();
            throw BusinessException.onField(field, IdentityError.SMS_CODE_INVALID);
        }
        latest.consume(now);
    }

    private static String hash(String mobile, SmsPurpose purpose, String code) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest((mobile + '|' + purpose + '|' + code).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
